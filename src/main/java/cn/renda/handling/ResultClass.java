package cn.renda.handling;

/** Result class of a reply: A 已解决或基本解决, B 正在解决或列入计划, C 因条件限制以后解决, D 留作参考. */
public enum ResultClass {
    A,
    B,
    C,
    D
}
