/**
 * Organization registry: congresses and their bodies, handling units, people and their roles over
 * time, deputies, stations, deputy groups, 双进双联 linkages and contact logs, and leadership
 * responsibilities (包保). Its API is {@link cn.renda.organization.CongressFacade} and the registry facades.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organization",
        allowedDependencies = {"core", "core :: web", "identity"})
package cn.renda.organization;
