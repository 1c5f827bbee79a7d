// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/exiv2session.h"

#include <mutex>

#include <exiv2/exiv2.hpp>

#include "core/library/metadatawriter.h"

namespace Wesog {

namespace {

std::recursive_mutex s_xmpMutex;

void lockXmp(void *mutex, bool lock)
{
    auto *m = static_cast<std::recursive_mutex *>(mutex);
    lock ? m->lock() : m->unlock();
}

} // namespace

std::unique_lock<std::recursive_mutex> Exiv2Session::lockToolkit()
{
    return std::unique_lock<std::recursive_mutex>(s_xmpMutex);
}

Exiv2Session::Exiv2Session()
{
    prepare();
}

void Exiv2Session::prepare()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::XmpParser::initialize(lockXmp, &s_xmpMutex);
        // Registration is process-wide and not thread-safe: once, before any worker.
        Exiv2::XmpProperties::registerNs(MetadataWriter::projectNamespace().toStdString(), "wesogdesk");
        // Exiv2 prints every oddity of a hostile file to stderr; we report errors ourselves.
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
#ifdef EXV_ENABLE_BMFF
        Exiv2::enableBMFF(true);
#endif
    });
}

Exiv2Session::~Exiv2Session()
{
    Exiv2::XmpParser::terminate();
}

} // namespace Wesog
