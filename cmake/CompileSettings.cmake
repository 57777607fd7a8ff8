# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The one place that holds the compile settings every Meterscope target links.
add_library(meterscope_compile_settings INTERFACE)
target_compile_features(meterscope_compile_settings INTERFACE cxx_std_20)
target_compile_definitions(meterscope_compile_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  MS_VERSION="${PROJECT_VERSION}")
# Qt 6.4 is the oldest Qt the code builds with, so it can only act on deprecations announced by then.
# Newer headers also flag later deprecations (Qt 6.8 flags 6.9's Qt::TimeSpec overloads of QDateTime),
# whose replacements 6.4 lacks or formats differently (QTimeZone::UTC is 6.5; in 6.4 a QDateTime in
# QTimeZone::utc() prints "+00:00" where one in Qt::UTC prints "Z").
target_compile_definitions(meterscope_compile_settings INTERFACE QT_WARN_DEPRECATED_UP_TO=0x060400)
target_compile_options(meterscope_compile_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wimplicit-fallthrough -Wno-missing-field-initializers)
if(MS_WARNINGS_AS_ERRORS)
  target_compile_options(meterscope_compile_settings INTERFACE -Werror)
endif()
