/**
 * Deputy outreach (代表活动与民情民意): the quarterly theme catalogue and the deputy groups' orders (点单作业、照单落实),
 * activities of groups and stations (co-organized across streets), station duty, training and study, and voter
 * opinions handled in a closed loop by tier (分级负责、分层处理): at street level, escalated to district units as
 * cases of the handling engine, or taken up by a deputy as a suggestion. Its API is {@link
 * cn.renda.outreach.VoterOpinions}, {@link cn.renda.outreach.ThemeCatalogue}, {@link
 * cn.renda.outreach.OutreachActivities}, {@link cn.renda.outreach.ActivityPhotos}, {@link
 * cn.renda.outreach.OutreachRosters}, {@link cn.renda.outreach.OutreachFigures} (the figures evaluations and the
 * performance ledger read) and {@link cn.renda.outreach.OpinionSuggestions}; it answers suggestion's {@code
 * SuggestionSources} SPI and reports its {@code WaitingWork}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Outreach",
        allowedDependencies = {
            "core",
            "core :: web",
            "identity",
            "organization",
            "calendar",
            "handling",
            "search",
            "suggestion"
        })
package cn.renda.outreach;
