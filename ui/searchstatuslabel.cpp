// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchstatuslabel.h"

namespace meterscope {

namespace {
constexpr qsizetype kMaxNamesInToolTip = 12;
const QString kSearchAllLink = QStringLiteral("search-all");
} // namespace

SearchStatusLabel::SearchStatusLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("searchStatusLabel"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setContentsMargins(2, 0, 0, 0);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == kSearchAllLink)
            Q_EMIT searchAllRequested();
    });
}

QString SearchStatusLabel::unsearchedText(qsizetype siteCount, bool loading)
{
    if (siteCount <= 0)
        return {};
    if (loading)
        return tr("loading the meters of %n more site(s)…", nullptr, int(siteCount));
    return tr("meters of %n site(s) not loaded yet", nullptr, int(siteCount));
}

void SearchStatusLabel::showResult(int matches, const QStringList &unsearchedSites, bool loading)
{
    QString text = tr("%n match(es)", nullptr, matches);
    const QString unsearched = unsearchedText(unsearchedSites.size(), loading);
    if (!unsearched.isEmpty()) {
        text += QStringLiteral(" · ") + unsearched.toHtmlEscaped();
        if (!loading)
            text += QStringLiteral(" — <a href=\"%1\">%2</a>")
                        .arg(kSearchAllLink, tr("Search all meters").toHtmlEscaped());
    }
    setText(text);
    if (unsearchedSites.isEmpty()) {
        setToolTip(tr("Every site's meters were searched."));
        return;
    }
    QStringList lines{tr("Not searched yet (meters not loaded):")};
    lines += unsearchedSites.mid(0, kMaxNamesInToolTip);
    if (unsearchedSites.size() > kMaxNamesInToolTip)
        lines.append(tr("… and %1 more").arg(unsearchedSites.size() - kMaxNamesInToolTip));
    setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace meterscope
