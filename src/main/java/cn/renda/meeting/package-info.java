/**
 * Meetings: standing committee meetings (numbered in the term), directors' meetings, party group
 * meetings, theory study sessions and joint meetings; agendas with the 监督法 第十五条 report timeline,
 * attendance and quorum, votes, the resolutions and appointments registers, the follow-up of special
 * work reports (supervision opinions through the supervision module) and an iCalendar feed. Its API is
 * {@link cn.renda.meeting.MeetingFacade} and {@link cn.renda.meeting.RegisterFacade}. Depends on
 * supervision, handling, organization, identity and core.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Meetings",
        allowedDependencies = {"core", "core :: web", "handling", "identity", "organization", "supervision"})
package cn.renda.meeting;
