package cn.renda.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import org.junit.jupiter.api.Test;

/** Health, metrics and API documentation endpoints and who may see them. */
class OperationsEndpointsTests extends FullStackTest {

    @Test
    void healthIsPublicAndIncludesTheDatabaseForAdmins() {
        var anonymous = get(null, "/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
        var admin = actuator("admin", "/actuator/health", "application/json");
        assertThat(admin.body()).contains("\"db\"").contains("PostgreSQL");
    }

    @Test
    void prometheusMetricsAreForAdminsOnly() {
        assertThat(get(null, "/actuator/prometheus").statusCode()).isIn(302, 401);
        assertThat(actuator("staff", "/actuator/prometheus", "text/plain").statusCode())
                .isEqualTo(403);
        var admin = send(java.net.http.HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", basic("admin", DEMO_PASSWORD))
                .header("Accept", "text/plain")
                .build());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
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
