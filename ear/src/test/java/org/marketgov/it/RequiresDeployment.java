package org.marketgov.it;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips every integration test of a run whose database could not be reached. */
public class RequiresDeployment implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = System.getProperty(DeployedMarket.SKIP_REASON);
        return reason == null ? ConditionEvaluationResult.enabled("deployed")
                : ConditionEvaluationResult.disabled(reason);
    }
}
