/**
 * The web shell: the one layout, navigation by role, the home page, language switch and error
 * pages. Modules contribute navigation entries as {@link cn.renda.core.NavigationItem} beans.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web shell",
        allowedDependencies = {"core", "core :: web", "identity"})
package cn.renda.web;
