package cn.renda.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import org.junit.jupiter.api.Test;

/** Health, metrics and API documentation endpoints and who may see them. */
class OperationsEndpointsTests extends FullStackTest {

    @Test
    void healthIsPublicAndIncludesTheDatabaseForThePlatformOperator() {
        var anonymous = get(null, "/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
        var operator = actuator("operator", "/actuator/health", "application/json");
        assertThat(operator.body()).contains("\"db\"").contains("PostgreSQL");
        assertThat(actuator("admin", "/actuator/health", "application/json").body())
                .doesNotContain("\"db\"");
    }

    @Test
    void platformMetricsAreForThePlatformOperatorNotACongressAdmin() {
        assertThat(get(null, "/actuator/prometheus").statusCode()).isIn(302, 401);
        assertThat(actuator("staff", "/actuator/prometheus", "text/plain").statusCode())
                .isEqualTo(403);
        assertThat(actuator("admin", "/actuator/prometheus", "text/plain").statusCode())
                .isEqualTo(403);
        assertThat(actuator("admin", "/actuator/metrics", "application/json").statusCode())
                .isEqualTo(403);
        assertThat(actuator("hs-admin", "/actuator/metrics/jvm.memory.used", "application/json")
                        .statusCode())
                .isEqualTo(403);
        var operator = actuator("operator", "/actuator/prometheus", "text/plain");
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        assertThat(actuator("operator", "/actuator/metrics", "application/json").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aCongressAdminCannotGrantThePlatformOperatorRole() {
        var created = api(
                "admin",
                "POST",
                "/api/v1/accounts",
                "{\"username\":\"ops-by-admin\",\"displayName\":\"x\",\"password\":\"Harder-Pass-2026!\","
                        + "\"roles\":[\"OPERATOR\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(400);
        assertThat(created.body()).contains("roles");
        assertThat(login("admin").page("/admin/accounts/new").body()).doesNotContain("value=\"OPERATOR\"");
    }

    @Test
    void openApiDescribesTheApiAndTheBrowsableUiLoads() {
        var docs = get(null, "/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"").contains("/api/v1/me").contains("/api/v1/accounts");
        var ui = get(null, "/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    /** Actuator endpoints sit outside /api: scrapers authenticate with HTTP Basic. */
    private java.net.http.HttpResponse<String> actuator(String user, String path, String accept) {
        return send(java.net.http.HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(user, DEMO_PASSWORD))
                .header("Accept", accept)
                .build());
    }
}
