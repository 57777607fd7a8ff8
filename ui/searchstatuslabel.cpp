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
        return siteCount == 1 ? tr("loading the meters of 1 more site…")
                              : tr("loading the meters of %1 more sites…").arg(siteCount);
    return siteCount == 1 ? tr("meters of 1 site not loaded yet")
                          : tr("meters of %1 sites not loaded yet").arg(siteCount);
}

void SearchStatusLabel::showResult(int matches, const QStringList &unsearchedSites, bool loading)
{
    QString text = matches == 1 ? tr("1 match") : tr("%1 matches").arg(matches);
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
