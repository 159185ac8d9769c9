// SPDX-License-Identifier: Apache-2.0
// A writer process for the durability test: edits a project in a loop and prints the number
// of each edit after its commit returned, until it is killed.
#include "core/project/services.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstdio>

using namespace assay;
using namespace assay::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 64;
    auto store = assay::core::Project::open(args.at(1));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    // A tool that already holds the file acts as its owner, without a key.
    if (const Status st = (*store)->setActor((*store)->info().ownerId); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }
    const QString mode = args.at(2);
    for (qint64 i = 1;; ++i) {
        Status st;
        if (mode == QLatin1String("boxes")) {
            // args: project boxes ANNOTATION BOX
            Box box{args.at(4), {}, double(i), 1, 10, 10, {}};
            st = (*store)->annotations().updateBox(args.at(3), box);
        } else {
            // args: project items PREFIX: bulk runs of 500 items each
            QList<Item> items;
            for (int k = 0; k < 500; ++k) {
                Item it;
                it.kind = ItemKind::Text;
                const QByteArray key = args.at(3).toUtf8() + QByteArray::number(i) + '/'
                                       + QByteArray::number(k);
                it.sha256 = QString::fromLatin1(
                        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
                it.path = QString::fromLatin1(key);
                it.characters = 1;
                items.append(it);
            }
            auto added = (*store)->items().addItems(items, {});
            st = added ? Status() : Status(added.error());
        }
        if (!st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
}
