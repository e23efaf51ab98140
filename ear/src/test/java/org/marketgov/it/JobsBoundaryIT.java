package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketgov.platform.JobRunner;

/**
 * The scheduled jobs inside the server: the runner gives no job its caller's transaction,
 * so a long run (CR-5 closing a backlog of windows) holds no lock its caller or an earlier
 * job took, such as a leaving member's row (MEM-8) or the audit chain's head (DS-3).
 */
@ExtendWith({RequiresDeployment.class, ArquillianExtension.class})
class JobsBoundaryIT {

    @EJB
    private JobRunner runner;

    @Resource
    private UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return BoundaryApp.with(JobsBoundaryIT.class);
    }

    @Test
    @DisplayName("CR-5 MEM-8 DS-3 scheduled jobs run outside their caller's transaction")
    void jobsRunOutsideTheCallersTransaction() throws Exception {
        int before = TransactionProbeJob.runs();

        transaction.begin();
        try {
            runner.runDue();
        } finally {
            transaction.rollback();
        }

        assertTrue(TransactionProbeJob.runs() > before, "the probe job ran");
        assertEquals(0, TransactionProbeJob.runsInTransaction());
    }
}
