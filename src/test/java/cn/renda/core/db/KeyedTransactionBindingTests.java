package cn.renda.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.KeyedTransactions;
import cn.renda.core.db.DatabaseConfiguration.TenantBindingTransactionManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/** Only transactions labelled keyed get generic plans; the binding stays one statement text either way. */
class KeyedTransactionBindingTests {

    @Test
    void aLabelledTransactionIsKeyedAndAnUnlabelledOneIsNot() {
        RuleBasedTransactionAttribute labelled = new RuleBasedTransactionAttribute();
        labelled.setLabels(List.of(KeyedTransactions.LABEL));
        RuleBasedTransactionAttribute page = new RuleBasedTransactionAttribute();
        page.setReadOnly(true);
        DefaultTransactionDefinition named = new DefaultTransactionDefinition();
        named.setName(KeyedTransactions.LABEL);

        assertThat(TenantBindingTransactionManager.keyed(labelled)).isTrue();
        assertThat(TenantBindingTransactionManager.keyed(named)).isTrue();
        assertThat(TenantBindingTransactionManager.keyed(page)).isFalse();
        assertThat(TenantBindingTransactionManager.keyed(new DefaultTransactionDefinition()))
                .isFalse();
    }

    @Test
    void aKeyedTransactionSendsThePlanModeWithTheBindingAndOthersOnlyTheBinding() {
        assertThat(TenantBindingTransactionManager.bindingStatement(Optional.of(7L), true))
                .isEqualTo("set local app.congress_id = '7'; set local plan_cache_mode = force_generic_plan");
        assertThat(TenantBindingTransactionManager.bindingStatement(Optional.of(7L), false))
                .isEqualTo("set local app.congress_id = '7'");
        assertThat(TenantBindingTransactionManager.bindingStatement(Optional.empty(), false))
                .isEqualTo("set local app.congress_id = ''");
    }
}
