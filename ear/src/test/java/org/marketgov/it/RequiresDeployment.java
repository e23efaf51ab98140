package org.marketgov.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Ties a test class to the run's deployment: skipped when the run's database is not
 * available on this machine, failed when the deployment itself failed.
 */
public class RequiresDeployment implements ExecutionCondition, BeforeAllCallback {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = System.getProperty(DeployedMarket.SKIP_REASON);
        return reason == null ? ConditionEvaluationResult.enabled("deployed")
                : ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String failure = System.getProperty(DeployedMarket.FAILURE);
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}
