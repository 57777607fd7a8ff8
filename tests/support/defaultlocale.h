// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace meterscope::fixture {

// Makes `locale` the default (what QLocale() gives) for the life of the object, then restores the
// one before: a test of number or date text names the locale it expects.
class DefaultLocale final
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    Q_DISABLE_COPY_MOVE(DefaultLocale)

private:
    QLocale m_previous;
};

} // namespace meterscope::fixture
