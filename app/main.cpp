// SPDX-License-Identifier: Apache-2.0
// Entry point.
#include <QCoreApplication>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}
