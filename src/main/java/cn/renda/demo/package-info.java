/**
 * The demo congresses (江夏区 2023 after the seed report, and a small 洪山区), loaded on first start
 * under the {@code demo} profile only, with the documented demo accounts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "core",
            "handling",
            "identity",
            "meeting",
            "organization",
            "outreach",
            "suggestion",
            "supervision"
        })
package cn.renda.demo;
