// SPDX-License-Identifier: Apache-2.0
// Where the command line gets a key's passphrase: a file named by the environment, or the
// terminal without echo.
#include "app/cli/passphrase.h"

#include "core/base/tr.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace assay::app::cli {

// One line from the terminal with echo off; the terminal is restored whatever happens.
static std::optional<QByteArray> promptTerminal(const QString &prompt, CliIo &io)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios saved{};
    if (tcgetattr(fd, &saved) != 0) {
        std::fclose(tty);
        return std::nullopt;
    }
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    tcsetattr(fd, TCSAFLUSH, &quiet);
    QByteArray line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line.append(char(c));
    tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    Q_UNUSED(io);
    return line;
}

Result<QByteArray> readPassphrase(const QString &prompt, bool confirm, CliIo &io)
{
    const QString file = qEnvironmentVariable("ASSAY_PASSPHRASE_FILE");
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             Tr::tr("cannot read the passphrase file: %1").arg(f.errorString()),
                             file);
        QByteArray line = f.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return makeError(ErrorCode::InvalidInput, Tr::tr("the passphrase file is empty"), file);
        return line;
    }
    auto first = promptTerminal(prompt, io);
    if (!first) {
        return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("a passphrase is needed: run on a terminal, or name a file holding it in ASSAY_PASSPHRASE_FILE"));
    }
    if (first->isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("the passphrase is empty"));
    if (confirm) {
        auto second = promptTerminal(Tr::tr("Once more: "), io);
        if (!second || *second != *first)
            return makeError(ErrorCode::InvalidInput, Tr::tr("the two passphrases differ"));
    }
    return *first;
}

} // namespace assay::app::cli
