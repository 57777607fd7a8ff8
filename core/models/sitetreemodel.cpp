// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sitetreemodel.h"

#include "models/commodityicon.h"
#include "store/seriesrepository.h"

#include <QColor>
#include <QIcon>

namespace meterscope {

namespace {
constexpr int kParallelMeterFetches = 3;
}

struct SiteTreeModel::Node
{
    NodeKind kind = NodeKind::Site;
    Node *parent = nullptr;
    int row = 0;
    Site site;   // sites only
    Meter meter; // meters only
    LoadState state = LoadState::NotLoaded;
    QString error;
    std::vector<std::unique_ptr<Node>> children;

    [[nodiscard]] const Site &siteOf() const
    {
        const Node *n = this;
        while (n->parent)
            n = n->parent;
        return n->site;
    }
    Node *addChild(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

SiteTreeModel::SiteTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

SiteTreeModel::~SiteTreeModel()
{
    cancelLoading();
}

void SiteTreeModel::setRepository(SeriesRepository *repository)
{
    m_repository = repository;
}

void SiteTreeModel::setSites(const QList<Site> &sites)
{
    cancelLoading();
    beginResetModel();
    m_sites.clear();
    m_siteRow.clear();
    for (const Site &site : sites) {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Site;
        node->site = site;
        node->row = int(m_sites.size());
        m_siteRow.insert(site.id, node->row);
        m_sites.push_back(std::move(node));
    }
    endResetModel();
}

void SiteTreeModel::clear()
{
    setSites({});
}

SiteTreeModel::Node *SiteTreeModel::siteNode(const QString &siteId) const
{
    const auto it = m_siteRow.constFind(siteId);
    return it == m_siteRow.cend() ? nullptr : m_sites[size_t(*it)].get();
}

void SiteTreeModel::setMeters(const QString &siteId, const QList<Meter> &meters)
{
    Node *site = siteNode(siteId);
    if (!site)
        return;
    const QModelIndex parentIndex = indexFor(site);
    if (!site->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(site->children.size()) - 1);
        site->children.clear();
        endRemoveRows();
    }
    // Build the whole subtree first, then insert the top level in one go.
    QHash<QString, const Meter *> byId;
    for (const Meter &m : meters)
        byId.insert(m.id, &m);
    QHash<QString, Node *> placed;
    std::vector<std::unique_ptr<Node>> top;
    // Parents before children: repeat until every meter whose parent exists is placed.
    QList<const Meter *> pending;
    for (const Meter &m : meters)
        pending.append(&m);
    auto makeNode = [&](const Meter &m) {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Meter;
        node->meter = m;
        if (node->meter.siteId.isEmpty())
            node->meter.siteId = siteId;
        return node;
    };
    bool progress = true;
    while (!pending.isEmpty() && progress) {
        progress = false;
        QList<const Meter *> next;
        for (const Meter *m : std::as_const(pending)) {
            const bool hasParent =
                !m->parentMeterId.isEmpty() && byId.contains(m->parentMeterId) && m->parentMeterId != m->id;
            if (!hasParent) {
                auto node = makeNode(*m);
                node->row = int(top.size());
                placed.insert(m->id, node.get());
                top.push_back(std::move(node));
                progress = true;
            } else if (Node *p = placed.value(m->parentMeterId)) {
                placed.insert(m->id, p->addChild(makeNode(*m)));
                progress = true;
            } else {
                next.append(m);
            }
        }
        pending = next;
    }
    for (const Meter *m : std::as_const(pending)) { // a parent cycle: show them at the top level
        auto node = makeNode(*m);
        node->row = int(top.size());
        top.push_back(std::move(node));
    }

    site->state = LoadState::Loaded;
    site->error.clear();
    if (!top.empty()) {
        beginInsertRows(parentIndex, 0, int(top.size()) - 1);
        for (auto &node : top)
            site->addChild(std::move(node));
        endInsertRows();
    }
    Q_EMIT dataChanged(parentIndex, parentIndex);
    Q_EMIT metersLoaded(siteId);
}

void SiteTreeModel::setSiteError(const QString &siteId, const ApiError &error)
{
    Node *site = siteNode(siteId);
    if (!site)
        return;
    site->state = error.kind == ApiError::Kind::Forbidden ? LoadState::Forbidden : LoadState::Failed;
    site->error = error.userMessage().isEmpty() ? defaultMessageFor(error.kind) : error.userMessage();
    const QModelIndex idx = indexFor(site);
    Q_EMIT dataChanged(idx, idx.siblingAtColumn(columnCount() - 1));
    Q_EMIT siteFailed(siteId, error);
}

void SiteTreeModel::requestMeters(Node *site)
{
    if (site->state == LoadState::Loading)
        return;
    site->state = LoadState::Loading;
    const QModelIndex idx = indexFor(site);
    Q_EMIT dataChanged(idx, idx);
    if (!m_repository)
        return;
    const QString siteId = site->site.id;
    // Deleting the context cancels the fetch.
    auto *context = new QObject(this);
    m_calls.insert(siteId, context);
    m_repository->fetchMeters(
        siteId, CacheMode::Normal, context,
        [this, siteId](const QList<Meter> &meters, std::optional<qint64> cachedAt, const ApiError &error) {
            // The cache stands in when the API cannot be reached.
            onMetersReply(siteId, meters, cachedAt ? ApiError() : error);
        });
}

void SiteTreeModel::onMetersReply(const QString &siteId, const QList<Meter> &meters, const ApiError &error)
{
    if (QObject *context = m_calls.take(siteId))
        context->deleteLater();
    if (error)
        setSiteError(siteId, error);
    else
        setMeters(siteId, meters);
    if (m_loadAllTotal > 0) {
        ++m_loadAllDone;
        Q_EMIT loadAllProgress(m_loadAllDone, m_loadAllTotal);
        startNextQueued();
    }
}

void SiteTreeModel::loadAllMeters()
{
    if (m_loadAllTotal > 0)
        return;
    m_queue.clear();
    for (const auto &site : m_sites) {
        if (site->state == LoadState::NotLoaded || site->state == LoadState::Failed)
            m_queue.append(site->site.id);
    }
    m_loadAllTotal = int(m_queue.size()) + int(m_calls.size());
    m_loadAllDone = 0;
    if (m_loadAllTotal == 0 || !m_repository) {
        m_loadAllTotal = 0;
        m_queue.clear();
        Q_EMIT loadAllFinished();
        return;
    }
    Q_EMIT loadAllProgress(0, m_loadAllTotal);
    startNextQueued();
}

void SiteTreeModel::startNextQueued()
{
    while (!m_queue.isEmpty() && m_calls.size() < kParallelMeterFetches) {
        Node *site = siteNode(m_queue.takeFirst());
        if (site && site->state != LoadState::Loading)
            requestMeters(site);
        else if (site == nullptr)
            ++m_loadAllDone;
    }
    if (m_loadAllTotal > 0 && m_queue.isEmpty() && m_calls.isEmpty()) {
        m_loadAllTotal = 0;
        Q_EMIT loadAllFinished();
    }
}

void SiteTreeModel::cancelLoading()
{
    m_queue.clear();
    const auto calls = m_calls;
    m_calls.clear();
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        delete it.value(); // its fetch is aborted
        if (Node *site = siteNode(it.key()); site && site->state == LoadState::Loading)
            site->state = LoadState::NotLoaded;
    }
    if (m_loadAllTotal > 0) {
        m_loadAllTotal = 0;
        Q_EMIT loadAllFinished();
    }
}

QModelIndex SiteTreeModel::siteIndex(const QString &siteId) const
{
    const Node *n = siteNode(siteId);
    return n ? indexFor(n) : QModelIndex();
}

QModelIndex SiteTreeModel::meterIndex(const QString &siteId, const QString &meterId) const
{
    const Node *site = siteNode(siteId);
    if (!site)
        return {};
    std::vector<const Node *> stack;
    for (const auto &c : site->children)
        stack.push_back(c.get());
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (n->meter.id == meterId)
            return indexFor(n);
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
    return {};
}

SiteTreeModel::NodeKind SiteTreeModel::kind(const QModelIndex &index) const
{
    const Node *n = nodeFor(index);
    return n ? n->kind : NodeKind::Site;
}

Site SiteTreeModel::site(const QModelIndex &index) const
{
    const Node *n = nodeFor(index);
    return n ? n->siteOf() : Site();
}

Meter SiteTreeModel::meter(const QModelIndex &index) const
{
    const Node *n = nodeFor(index);
    return n && n->kind == NodeKind::Meter ? n->meter : Meter();
}

SiteTreeModel::LoadState SiteTreeModel::loadState(const QString &siteId) const
{
    const Node *n = siteNode(siteId);
    return n ? n->state : LoadState::NotLoaded;
}

QList<Site> SiteTreeModel::sitesWithoutMeters() const
{
    QList<Site> sites;
    for (const auto &node : m_sites) {
        if (node->state == LoadState::NotLoaded || node->state == LoadState::Loading ||
            node->state == LoadState::Failed)
            sites.append(node->site);
    }
    return sites;
}

SiteTreeModel::Node *SiteTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex SiteTreeModel::indexFor(const Node *node) const
{
    return node ? createIndex(node->row, 0, const_cast<Node *>(node)) : QModelIndex();
}

QModelIndex SiteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeFor(parent);
    const auto &list = p ? p->children : m_sites;
    return createIndex(row, column, list[size_t(row)].get());
}

QModelIndex SiteTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeFor(child);
    return n && n->parent ? indexFor(n->parent) : QModelIndex();
}

int SiteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = nodeFor(parent);
    return int(p ? p->children.size() : m_sites.size());
}

int SiteTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool SiteTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *p = nodeFor(parent);
    if (!p)
        return !m_sites.empty();
    if (parent.column() > 0)
        return false;
    if (p->kind == NodeKind::Site && (p->state == LoadState::NotLoaded || p->state == LoadState::Loading))
        return true; // meters not known yet: show the expander
    return !p->children.empty();
}

bool SiteTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *p = nodeFor(parent);
    return p && p->kind == NodeKind::Site && p->state == LoadState::NotLoaded;
}

void SiteTreeModel::fetchMore(const QModelIndex &parent)
{
    if (Node *p = nodeFor(parent); p && canFetchMore(parent))
        requestMeters(p);
}

QVariant SiteTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeFor(index);
    if (!n)
        return {};
    const bool isSite = n->kind == NodeKind::Site;
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = isSite ? n->site.name : n->meter.name;
        if (isSite && n->state == LoadState::Forbidden)
            return tr("%1 — no access").arg(name);
        if (isSite && n->state == LoadState::Loading)
            return tr("%1 — loading…").arg(name);
        return name;
    }
    case Qt::ToolTipRole:
        if (isSite) {
            QString tip = tr("%1\nID %2\nTime zone %3").arg(n->site.name, n->site.id, n->site.timeZoneId);
            if (!n->error.isEmpty())
                tip += QLatin1Char('\n') + n->error;
            return tip;
        }
        return tr("%1\nID %2\n%3 · %4")
            .arg(n->meter.name, n->meter.id, commodityDisplayName(n->meter.commodity), n->meter.usage);
    case Qt::DecorationRole:
        if (isSite)
            return n->state == LoadState::Forbidden ? forbiddenIcon() : siteIcon();
        return commodityIcon(n->meter.commodity);
    case Qt::ForegroundRole:
        if (isSite && (n->state == LoadState::Forbidden || n->state == LoadState::Failed))
            return QColor(0x8a, 0x8a, 0x8a);
        return {};
    case KindRole:
        return int(n->kind);
    case IdRole:
        return isSite ? n->site.id : n->meter.id;
    case SiteIdRole:
        return n->siteOf().id;
    case CommodityRole:
        return isSite ? int(Commodity::Unknown) : int(n->meter.commodity);
    case LoadStateRole:
        return int(n->state);
    case ErrorRole:
        return n->error;
    case SearchTextRole:
        if (isSite)
            return QStringList{n->site.name, n->site.id, n->site.city}.join(QLatin1Char(' '));
        return QStringList{n->meter.name, n->meter.id, commodityDisplayName(n->meter.commodity),
                           n->meter.usage}
            .join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant SiteTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Sites and meters");
    return {};
}

} // namespace meterscope
