// SPDX-License-Identifier: Apache-2.0
// The files a multi-file whole-slide image is made of, which are the slide and not items of
// their own.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace assay::core::media {

// Whether `path` names a slide whose data lies in other files (MIRAX .mrxs, Hamamatsu .vms and
// .vmu), by its extension.
bool isMultiFileSlide(const QString &path);

// The absolute paths of the files the slide at `slidePath` is made of, that exist: an MRXS's
// folder of the same name beside it (Slidedat.ini, Index.dat, Data*.dat) and every file in it;
// the image pieces, map, optimisation and macro files a VMS or VMU names. A VMS's macro image
// shows the slide's paper label, which may carry a patient's name: it must not become an item
// that anyone is shown. Empty for any other file, and for a VMS that cannot be read.
QSet<QString> slideParts(const QString &slidePath);

// The parts of the multi-file slides among `walked` (files found in folders) and `named` (files
// named one by one, absolute paths), and of those beside a named file in its folder or the
// folder above: a part picked by hand is the slide's too.
QSet<QString> partsOfSlides(const QStringList &walked, const QStringList &named);

} // namespace assay::core::media
