package cn.renda.handling;

/** How a unit takes part: 主办 (LEAD), 协办 (CO, opinion to the lead) or 分办 (SEPARATE, answers on its own). */
public enum AssignmentRole {
    LEAD,
    CO,
    SEPARATE
}
