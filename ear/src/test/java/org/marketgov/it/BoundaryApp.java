package org.marketgov.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application that the Arquillian boundary tests deploy: the real EJB module with
 * its libraries and a test web module whose beans call the boundary in fixed roles. The
 * EJB module also carries {@link TransactionProbeJob}, a scheduled job that only observes.
 */
final class BoundaryApp {

    private BoundaryApp() {
    }

    /**
     * Run-as identities: with Payara's default principal-to-role mapping, a principal
     * named like a role holds that role.
     */
    private static final String RUN_AS_PRINCIPALS = """
            <glassfish-ejb-jar>
              <enterprise-beans>
                <ejb><ejb-name>AsStaff</ejb-name><principal><name>STAFF</name></principal></ejb>
                <ejb><ejb-name>AsMember</ejb-name><principal><name>MEMBER</name></principal></ejb>
                <ejb><ejb-name>AsSeller</ejb-name><principal><name>arq-seller</name></principal></ejb>
                <ejb><ejb-name>AsBuyer</ejb-name><principal><name>arq-buyer</name></principal></ejb>
                <ejb><ejb-name>AsReader</ejb-name><principal><name>arq-reader</name></principal></ejb>
              </enterprise-beans>
            </glassfish-ejb-jar>
            """;

    /** The test application maps each role to a principal of the same name as well. */
    private static final String ROLE_MAPPING = """
            <glassfish-application>
              <security-role-mapping><role-name>STAFF</role-name>
                <principal-name>STAFF</principal-name><group-name>STAFF</group-name>
              </security-role-mapping>
              <security-role-mapping><role-name>MEMBER</role-name>
                <principal-name>MEMBER</principal-name><principal-name>arq-seller</principal-name>
                <principal-name>arq-buyer</principal-name><principal-name>arq-reader</principal-name>
                <group-name>MEMBER</group-name>
              </security-role-mapping>
              <security-role-mapping><role-name>AUDITOR</role-name>
                <group-name>AUDITOR</group-name>
              </security-role-mapping>
            </glassfish-application>
            """;

    /**
     * The application's EJB module and libraries without its two web modules (the real
     * application already holds their context roots), plus a test web module holding
     * the given test classes and the run-as helpers.
     */
    static EnterpriseArchive with(Class<?>... testClasses) {
        EnterpriseArchive built = ShrinkWrap.create(ZipImporter.class, "built.ear")
                .importFrom(new File(System.getenv("EAR_FILE"))).as(EnterpriseArchive.class);
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "boundary-test.ear");
        built.getContent(path -> path.get().startsWith("/lib/")).forEach((path, node) ->
                ear.add(node.getAsset(), path));
        JavaArchive ejb = ShrinkWrap.create(JavaArchive.class, "market-ejb.jar");
        ejb.merge(built.getAsType(JavaArchive.class, "/market-ejb.jar"));
        ejb.addClass(TransactionProbeJob.class);
        ear.addAsModule(ejb);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "boundary-test.war")
                .addClasses(testClasses)
                .addClasses(Acting.class, Acting.AsStaff.class,
                        Acting.AsMember.class, Acting.AsSeller.class, Acting.AsBuyer.class,
                        Acting.AsReader.class,
                        NewMember.class, RequiresDeployment.class, BoundaryApp.class,
                        DeployedMarket.class)
                .addAsWebInfResource(new StringAsset(RUN_AS_PRINCIPALS), "glassfish-ejb-jar.xml");
        ear.addAsModule(tests);
        ear.addAsManifestResource(new StringAsset(ROLE_MAPPING), "glassfish-application.xml");
        ear.setApplicationXML(new StringAsset("""
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <application-name>boundary-test</application-name>
                  <module><ejb>market-ejb.jar</ejb></module>
                  <module><web><web-uri>boundary-test.war</web-uri>
                    <context-root>/boundary-test</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """));
        return ear;
    }
}
