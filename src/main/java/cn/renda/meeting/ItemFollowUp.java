package cn.renda.meeting;

import java.util.List;

/** 会前调研、会中讨论、会后督办 of an item: research notes, remarks by discussion group, generated opinions. */
public record ItemFollowUp(List<ResearchNoteView> research, List<RemarkView> remarks, List<OpinionLink> opinions) {}
