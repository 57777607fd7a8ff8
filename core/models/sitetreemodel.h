// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "domain/meter.h"
#include "domain/site.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace meterscope {

class SeriesRepository;
class ApiCall;

// Sites → meters → sub-meters (by parentMeterId). Sites come from setSites(); the meters of a site are
// fetched lazily through the series repository (the local cache, then the API) when a view asks
// (canFetchMore/fetchMore, i.e. when the site is expanded) or all at once with loadAllMeters(). A site the
// token may not read (403) is marked and keeps its place; the others go on loading.
class SiteTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteTreeModel)
public:
    enum class NodeKind
    {
        Site,
        Meter
    };
    enum class LoadState
    {
        NotLoaded,
        Loading,
        Loaded,
        Forbidden,
        Failed
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        IdRole,                      // site or meter id
        SiteIdRole,
        CommodityRole,  // Commodity as int (meters)
        LoadStateRole,  // LoadState as int (sites)
        ErrorRole,      // the user sentence of the last failure (sites)
        SearchTextRole, // name, id and commodity, for the filter
    };

    explicit SiteTreeModel(QObject *parent = nullptr);
    ~SiteTreeModel() override;

    // Not owned. Without a client, fetchMore() only marks the site as loading.
    void setRepository(SeriesRepository *repository);
    void setSites(const QList<Site> &sites);
    void clear();
    // Fills one site with its meters (sub-meters under their parent).
    void setMeters(const QString &siteId, const QList<Meter> &meters);
    // Marks a site as failed (403 → Forbidden) without touching the others.
    void setSiteError(const QString &siteId, const ApiError &error);

    // Fetches the meters of every site that has none yet, a few at a time; progress(done, total).
    void loadAllMeters();
    void cancelLoading();
    [[nodiscard]] bool isLoadingAll() const { return m_loadAllTotal > 0; }

    [[nodiscard]] QModelIndex siteIndex(const QString &siteId) const;
    [[nodiscard]] QModelIndex meterIndex(const QString &siteId, const QString &meterId) const;
    [[nodiscard]] NodeKind kind(const QModelIndex &index) const;
    [[nodiscard]] Site site(const QModelIndex &index) const;   // the site of a site or meter index
    [[nodiscard]] Meter meter(const QModelIndex &index) const; // empty unless a meter index
    [[nodiscard]] LoadState loadState(const QString &siteId) const;
    [[nodiscard]] int siteCount() const { return int(m_sites.size()); }
    // Sites whose meters are not known yet (not loaded, loading or failed), so a search cannot look
    // into them. Sites the token may not read are not among them.
    [[nodiscard]] QList<Site> sitesWithoutMeters() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void metersLoaded(const QString &siteId);
    void siteFailed(const QString &siteId, const meterscope::ApiError &error);
    // loadAllMeters(): `done` of `total` sites have their meters (or failed).
    void loadAllProgress(int done, int total);
    void loadAllFinished();

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    Node *siteNode(const QString &siteId) const;
    void requestMeters(Node *site);
    void onMetersReply(const QString &siteId, const QList<Meter> &meters, const ApiError &error);
    void startNextQueued();

    QPointer<SeriesRepository> m_repository;
    std::vector<std::unique_ptr<Node>> m_sites;
    QHash<QString, int> m_siteRow;
    QHash<QString, QPointer<QObject>> m_calls; // fetch contexts by site
    QStringList m_queue;                       // loadAllMeters(): sites still to fetch
    int m_loadAllTotal = 0;
    int m_loadAllDone = 0;
};

} // namespace meterscope
