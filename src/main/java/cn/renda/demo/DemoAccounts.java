package cn.renda.demo;

import cn.renda.identity.Role;
import java.util.List;
import java.util.Set;

/** The documented demo accounts; all share one password, which the production profile refuses. */
final class DemoAccounts {

    static final String PASSWORD = "demo2023";

    record Demo(String congressCode, String username, String displayName, Set<Role> roles) {}

    static final List<Demo> ALL = List.of(
            new Demo("jiangxia", "admin", "平台管理员", Set.of(Role.ADMIN)),
            new Demo("jiangxia", "leader", "周建华(副主任)", Set.of(Role.LEADER)),
            new Demo("jiangxia", "staff", "李晓敏(办公室)", Set.of(Role.STAFF)),
            new Demo("jiangxia", "street", "陈立新(法泗街人大工委)", Set.of(Role.STREET)),
            new Demo("jiangxia", "member", "王志刚(常委会委员)", Set.of(Role.MEMBER)),
            new Demo("jiangxia", "deputy", "刘春燕(区人大代表)", Set.of(Role.DEPUTY)),
            new Demo("jiangxia", "unit", "张伟(区住建局联络员)", Set.of(Role.UNIT)),
            new Demo("jiangxia", "operator", "平台运维", Set.of(Role.OPERATOR)),
            new Demo("hongshan", "hs-admin", "洪山区平台管理员", Set.of(Role.ADMIN)),
            new Demo("hongshan", "hs-staff", "洪山区机关干部", Set.of(Role.STAFF)));

    private DemoAccounts() {}
}
