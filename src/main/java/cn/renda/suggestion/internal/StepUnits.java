package cn.renda.suggestion.internal;

import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The handling units a step of the suggestion module looks at, read once per transaction: the assignment checks that
 * each unit is active, and the deputies' notice of the same step names them (it read them a second time before).
 */
@Component
class StepUnits {

    private final UnitDirectory units;

    StepUnits(UnitDirectory units) {
        this.units = units;
    }

    /** The unit as this transaction first read it (outside a transaction: read now). */
    Optional<UnitView> find(long unitId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return units.find(unitId);
        }
        return read().computeIfAbsent(unitId, units::find);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Optional<UnitView>> read() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<Long, Optional<UnitView>>) bound;
        }
        Map<Long, Optional<UnitView>> read = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, read);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(StepUnits.this);
            }
        });
        return read;
    }
}
