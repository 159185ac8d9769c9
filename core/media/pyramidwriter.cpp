// SPDX-License-Identifier: Apache-2.0
#include "core/media/pyramidwriter.h"
#include "core/base/tr.h"

#include <QFile>

#include <vips/vips.h>

#include <memory>

namespace assay::core::media {

namespace {

bool startVips()
{
    static const bool started = [] {
        if (VIPS_INIT("assay-pyramid") != 0)
            return false;
        // Each pyramid is made once: libvips' cache of operations would only hold memory.
        vips_cache_set_max(0);
        return true;
    }();
    return started;
}

// libvips keeps its messages in one buffer per process; a failed step takes them out.
QString vipsMessage()
{
    QString text = QString::fromUtf8(vips_error_buffer()).trimmed();
    vips_error_clear();
    text.replace(QLatin1Char('\n'), QStringLiteral("; "));
    return text.isEmpty() ? Tr::tr("unknown libvips error") : text;
}

struct Unref
{
    void operator()(VipsImage *image) const
    {
        if (image)
            g_object_unref(image);
    }
};
using ImagePtr = std::unique_ptr<VipsImage, Unref>;

// One step of the chain: `step` makes `out` from `in`; on success the chain continues from it.
template<typename Step>
bool apply(ImagePtr &image, Step step)
{
    VipsImage *out = nullptr;
    if (step(image.get(), &out) != 0)
        return false;
    image.reset(out);
    return true;
}

struct EvalWatch
{
    const std::function<void(int)> *progress = nullptr;
    int lastPercent = -1;
};

void onEval(VipsImage *, VipsProgress *state, void *user)
{
    auto *watch = static_cast<EvalWatch *>(user);
    if (*watch->progress && state->percent != watch->lastPercent) {
        watch->lastPercent = state->percent;
        (*watch->progress)(state->percent);
    }
}

} // namespace

Status writePyramid(const QString &sourcePath, const QString &targetPath, const PyramidSpec &spec,
                    const std::function<void(int percent)> &progress)
{
    if (!startVips())
        return makeError(ErrorCode::Io, Tr::tr("libvips could not be started"));
    const QByteArray source = QFile::encodeName(sourcePath);
    const VipsAccess access = spec.orientation > 1 ? VIPS_ACCESS_RANDOM : VIPS_ACCESS_SEQUENTIAL;
    ImagePtr image(vips_image_new_from_file(source.constData(), "access", access, nullptr));
    if (!image)
        return makeError(ErrorCode::InvalidInput, vipsMessage(), sourcePath);
    bool ok = spec.orientation <= 1 || apply(image, [](VipsImage *in, VipsImage **out) {
                  return vips_autorot(in, out, nullptr);
              });
    // JPEG tiles hold 8-bit grey or sRGB.
    if (ok && vips_image_hasalpha(image.get()))
        ok = apply(image, [](VipsImage *in, VipsImage **out) {
            VipsArrayDouble *white = vips_array_double_newv(1, 255.0);
            const int r = vips_flatten(in, out, "background", white, nullptr);
            vips_area_unref(VIPS_AREA(white));
            return r;
        });
    if (ok && image->Bands != 1)
        ok = apply(image, [](VipsImage *in, VipsImage **out) {
            return vips_colourspace(in, out, VIPS_INTERPRETATION_sRGB, nullptr);
        });
    else if (ok && image->Type != VIPS_INTERPRETATION_B_W)
        ok = apply(image, [](VipsImage *in, VipsImage **out) {
            return vips_colourspace(in, out, VIPS_INTERPRETATION_B_W, nullptr);
        });
    if (ok && image->BandFmt != VIPS_FORMAT_UCHAR)
        ok = apply(image, [](VipsImage *in, VipsImage **out) {
            return vips_cast(in, out, VIPS_FORMAT_UCHAR, nullptr);
        });
    if (!ok)
        return makeError(ErrorCode::InvalidInput, vipsMessage(), sourcePath);
    if (spec.expectedSize.isValid()
        && (image->Xsize != spec.expectedSize.width()
            || image->Ysize != spec.expectedSize.height())) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the file is %1 x %2 pixels now, the project's item %3 x %4")
                                 .arg(image->Xsize)
                                 .arg(image->Ysize)
                                 .arg(spec.expectedSize.width())
                                 .arg(spec.expectedSize.height()),
                         sourcePath);
    }

    EvalWatch watch{&progress};
    vips_image_set_progress(image.get(), TRUE);
    g_signal_connect(image.get(), "eval", G_CALLBACK(onEval), &watch);
    const int saved = vips_tiffsave(image.get(), QFile::encodeName(targetPath).constData(), //
                                    "tile", TRUE,                                           //
                                    "tile_width", spec.tileEdge,                            //
                                    "tile_height", spec.tileEdge,                           //
                                    "pyramid", TRUE,                                        //
                                    "compression", VIPS_FOREIGN_TIFF_COMPRESSION_JPEG,      //
                                    "Q", spec.quality,                                      //
                                    "bigtiff", TRUE, nullptr);
    g_signal_handlers_disconnect_by_data(image.get(), &watch);
    image.reset();
    if (saved != 0) {
        const QString message = vipsMessage();
        QFile::remove(targetPath);
        return makeError(ErrorCode::Io,
                         Tr::tr("the tile pyramid cannot be written: %1").arg(message), sourcePath);
    }
    return Status();
}

} // namespace assay::core::media
