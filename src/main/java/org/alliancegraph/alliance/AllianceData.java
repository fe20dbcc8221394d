package org.alliancegraph.alliance;

import org.alliancegraph.document.Excerpt;

/**
 * An alliance's fields as a write gives them whole (createAlliance, a seed file): the organisation by slug, dates as
 * written, the excerpt that states the decision rule.
 */
public record AllianceData(String slug, String name, String acronym, String organisation, String founded,
        String headquarters, String scope, String decisionRule, Excerpt decisionRuleSource, String description) {
}
