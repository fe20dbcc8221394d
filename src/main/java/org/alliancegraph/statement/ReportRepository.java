package org.alliancegraph.statement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.graphql.Conditions;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.NodeReader;
import org.alliancegraph.graphql.Reads;
import org.alliancegraph.graphql.Row;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report>, NodeReader {

    private static final String VIEW = "select " + ReportView.select("r") + " from Report r " + ReportView.joins("r");

    private final Reads reads;

    ReportRepository(Reads reads) {
        this.reads = reads;
    }

    /** The reports of the statements, in the statements' order, then the reports'. */
    public Uni<List<ReportView>> ofStatements(List<Long> statementIds) {
        return reads.list(VIEW + "where r.statement.id in ?1 order by r.statement.id, r.id", ReportView::from,
                statementIds);
    }

    /**
     * One window of the reports of each document, in the order of their excerpts in the text, in one SQL statement (a
     * LATERAL subquery per document); grouped by document.
     */
    public Uni<List<ReportView>> pages(List<Long> documentIds, Window window) {
        Conditions where = new Conditions();
        where.add("x.document = p");
        String order = window.keyset(where, "Report", "x", r -> r + ".excerpt.start", true);
        String limit = where.parameter(window.fetchSize());
        String documents = where.parameter(documentIds);
        return reads.list(VIEW
                + "where r.id in (select page.id from SourceDocument p join lateral (select x.id as id from Report x "
                + where.hql() + order + " limit " + limit + ") page where p.id in " + documents + ") "
                + "order by r.document.id, r_ex.start, r.id", ReportView::from, where.parameters());
    }

    /** How many reports each document holds: rows of (document id, count). */
    public Uni<List<Object[]>> counts(List<Long> documentIds) {
        return reads.list("select r.document.id, count(r.id) from Report r where r.document.id in ?1 "
                + "group by r.document.id", Row::columns, documentIds);
    }

    /** The sources the reports cite, in each report's order. */
    public Uni<List<Cited>> citations(List<Long> reportIds) {
        return reads.list("select c.report.id, " + ActorView.select("a") + " from ReportCitation c join c.actor a "
                + "where c.report.id in ?1 order by c.report.id, c.position", row -> {
                    return new Cited(row.nextLong(), ActorView.from(row));
                }, reportIds);
    }

    /** A source a report cites. */
    public record Cited(long report, ActorView actor) {
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("Report", key -> reads.first(VIEW + "where r.id = ?1", ReportView::from, key));
    }
}
