package cn.renda.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lock conflict the database broke (PostgreSQL's deadlock, SQLSTATE 40P01, which Citus also raises for a
 * distributed deadlock between two steps on one case) answers 409 "someone else acted first, reload" on pages as
 * on the API, not a server error.
 */
class LostRaceErrorTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    LostRaceErrorTests() {
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    // Inner (not static) classes: component scanning of the full-stack tests never picks them up.
    @Controller
    class PageThatLostARace {
        @GetMapping("/race")
        String show() {
            throw new PessimisticLockingFailureException("ERROR: deadlock detected (40P01)");
        }
    }

    @RestController
    class ApiThatLostARace {
        @GetMapping("/api/race")
        String show() {
            throw new CannotAcquireLockException(
                    "canceling the transaction since it was involved in a distributed" + " deadlock");
        }
    }

    private MockMvc mvc() {
        return MockMvcBuilders.standaloneSetup(new PageThatLostARace(), new ApiThatLostARace())
                .setControllerAdvice(new ApiProblemHandler(messages), new PageErrorHandler())
                .build();
    }

    @Test
    void aDeadlockOnAPageAnswers409WithTheReloadMessage() throws Exception {
        mvc().perform(get("/race"))
                .andExpect(status().isConflict())
                .andExpect(view().name("error/problem"))
                .andExpect(model().attribute("messageKey", "error.staleVersion"))
                .andExpect(model().attribute("status", 409));
        assertThat(messages.getMessage("error.staleVersion", null, Locale.SIMPLIFIED_CHINESE))
                .contains("刷新");
        assertThat(messages.getMessage("error.staleVersion", null, Locale.ENGLISH))
                .contains("reload");
    }

    @Test
    void aDeadlockOnTheApiAnswers409ProblemWithTheSameMessage() throws Exception {
        mvc().perform(get("/api/race").locale(Locale.ENGLISH))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("Someone else changed this record; reload and try again."));
    }
}
