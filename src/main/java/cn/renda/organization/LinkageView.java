package cn.renda.organization;

import java.util.List;

/** 双进双联 of one SC member: committee (工作进专工委), discussion group (审议进讨论组), linked deputies. */
public record LinkageView(
        long id,
        long memberId,
        String memberName,
        ScPosition position,
        Long committeeId,
        String committeeName,
        String discussionGroup,
        List<PersonRef> deputies,
        long contacts) {}
