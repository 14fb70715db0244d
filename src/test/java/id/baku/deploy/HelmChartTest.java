package id.baku.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Helm chart helm/baku: {@code helm lint --strict}, then {@code helm template} with each
 * values file in helm/baku/ci, every rendered object checked against the Kubernetes schemas
 * (helm/tools/validate-manifests.mjs). The negative cases prove that both helm and the validator
 * can say no.
 */
class HelmChartTest {

    private static final Path CHART = HelmTools.ROOT.resolve("helm/baku");
    private static final String RELEASE = "baku";

    private static HelmTools tools;

    @BeforeAll
    static void installTools() throws Exception {
        tools = HelmTools.installed();
    }

    static Stream<Path> ciValues() throws IOException {
        try (Stream<Path> files = Files.list(CHART.resolve("ci"))) {
            List<Path> values = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(values).as("values files in helm/baku/ci").hasSizeGreaterThanOrEqualTo(4);
            return values.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ciValues")
    void chart_passes_strict_lint(Path values) throws Exception {
        HelmTools.Result lint = tools.helm("lint", "--strict", CHART.toString(), "-f", values.toString());
        assertThat(lint.exitCode()).as("helm lint --strict -f %s:%n%s", values.getFileName(), lint.output()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ciValues")
    void every_rendered_object_is_a_valid_kubernetes_object(Path values) throws Exception {
        String manifests = render("-f", values.toString());
        HelmTools.Result validation = tools.validate(manifests);
        assertThat(validation.exitCode())
                .as("Kubernetes schema validation of the objects rendered with %s:%n%s", values.getFileName(), validation.output())
                .isZero();
    }

    @Test
    void production_values_render_the_autoscaler_budget_monitor_and_policy_but_no_secret() throws Exception {
        String manifests = render("-f", ci("production-values.yaml"));
        assertThat(kinds(manifests)).contains("HorizontalPodAutoscaler", "PodDisruptionBudget", "ServiceMonitor", "NetworkPolicy")
                .doesNotContain("Secret", "PersistentVolumeClaim");
        assertThat(manifests)
                .contains("nginx.ingress.kubernetes.io/affinity: cookie", "session-cookie-samesite: None")
                .contains("LOGGING_STRUCTURED_FORMAT_CONSOLE: ecs")
                .contains("name: baku-secrets", "key: jdbc-url")
                .doesNotContain("replicas: 3"); // the autoscaler owns the replica count
    }

    @Test
    void default_values_run_one_pod_without_autoscaler_or_disruption_budget() throws Exception {
        String manifests = render("-f", ci("default-values.yaml"));
        assertThat(kinds(manifests)).contains("Deployment", "Service", "Ingress", "ConfigMap", "Secret", "PersistentVolumeClaim")
                .doesNotContain("HorizontalPodAutoscaler", "PodDisruptionBudget", "ServiceMonitor", "NetworkPolicy");
        assertThat(manifests).contains("readOnlyRootFilesystem: true", "seconds: 10", "MANAGEMENT_SERVER_PORT: \"8081\"");
    }

    @Test
    void traefik_stickiness_goes_on_the_service_not_the_ingress() throws Exception {
        String manifests = render("-f", ci("traefik-values.yaml"));
        assertThat(manifests)
                .contains("traefik.ingress.kubernetes.io/service.sticky.cookie: \"true\"")
                .contains("traefik.ingress.kubernetes.io/service.sticky.cookie.samesite: none")
                .doesNotContain("nginx.ingress.kubernetes.io/affinity");
    }

    /** A --set that breaks the values, and what helm's message must name. */
    record Refusal(String set, List<String> message) {
        @Override
        public String toString() {
            return set;
        }
    }

    static Stream<Refusal> valuesHelmRefuses() {
        return Stream.of(
                new Refusal("replicaCount=three", List.of("/replicaCount", "want integer")),
                new Refusal("replica=3", List.of("additional properties 'replica' not allowed")),
                new Refusal("baseUrl=", List.of("baseUrl is required")),
                new Refusal("replicaCount=3,saml.keySecret=s,storage.filesystem.accessMode=ReadWriteOnce",
                        List.of("/storage/filesystem/accessMode", "ReadWriteMany")),
                new Refusal("autoscaling.enabled=true,saml.keySecret=s,storage.filesystem.accessMode=ReadWriteOnce",
                        List.of("/storage/filesystem/accessMode", "ReadWriteMany")),
                new Refusal("replicaCount=3", List.of("saml.keySecret is required")),
                new Refusal("storage.type=s3", List.of("storage.s3.endpoint")),
                new Refusal("terminationGracePeriodSeconds=20", List.of("/terminationGracePeriodSeconds")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesHelmRefuses")
    void helm_refuses_wrong_values_with_a_clear_message(Refusal refusal) throws Exception {
        HelmTools.Result result = tools.helm("template", RELEASE, CHART.toString(), "-f", ci("default-values.yaml"), "--set", refusal.set());
        assertThat(result.exitCode()).as("helm should refuse --set %s%n%s", refusal.set(), result.output()).isNotZero();
        assertThat(result.stderr()).contains(refusal.message());
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: sample
            spec:
              replicas: 2
              selector:
                matchLabels: {app: sample}
              template:
                metadata:
                  labels: {app: sample}
                spec:
                  containers:
                    - name: sample
                      image: sample:1
            """;

    @Test
    void the_deploy_guides_trial_mysql_is_valid() throws Exception {
        String manifests = Files.readString(HelmTools.ROOT.resolve("docs/deploy/mysql-trial.yaml"));
        HelmTools.Result validation = tools.validate(manifests);
        assertThat(validation.exitCode()).as("docs/deploy/mysql-trial.yaml:%n%s", validation.output()).isZero();
    }

    @Test
    void validator_accepts_a_correct_deployment() throws Exception {
        HelmTools.Result result = tools.validate(DEPLOYMENT);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("valid Deployment/sample");
    }

    @Test
    void validator_rejects_a_wrong_type_a_missing_required_field_and_a_misspelled_field() throws Exception {
        String broken = DEPLOYMENT
                .replace("replicas: 2", "replicas: \"two\"\n  replica: 2")
                .replace("  selector:\n    matchLabels: {app: sample}\n", "")
                .replace("image: sample:1", "image: sample:1\n          imagePullPolicy: Sometimes");
        HelmTools.Result result = tools.validate(broken);
        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output())
                .contains("INVALID Deployment/sample at /spec/replicas: must be integer")
                .contains("INVALID Deployment/sample at /spec: must have required property selector")
                .contains("INVALID Deployment/sample at /spec/replica: unknown field")
                .contains("/spec/template/spec/containers/0/imagePullPolicy: must be equal to one of the allowed values");
    }

    @Test
    void validator_rejects_a_kind_it_has_no_schema_for() throws Exception {
        HelmTools.Result result = tools.validate(DEPLOYMENT.replace("kind: Deployment", "kind: Deploymnet"));
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("no schema for apps/v1 Deploymnet");
    }

    @Test
    void chart_app_version_is_the_pom_version() throws Exception {
        var project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(HelmTools.ROOT.resolve("pom.xml").toFile()).getDocumentElement();
        String pomVersion = null;
        for (var node = project.getFirstChild(); node != null; node = node.getNextSibling()) {
            if ("version".equals(node.getNodeName())) {
                pomVersion = node.getTextContent().trim();
            }
        }
        assertThat(pomVersion).as("the project version in pom.xml").isNotBlank();
        assertThat(Files.readString(CHART.resolve("Chart.yaml"))).contains("appVersion: \"" + pomVersion + "\"");
    }

    private static String ci(String file) {
        return CHART.resolve("ci").resolve(file).toString();
    }

    private static String render(String... valuesArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of("template", RELEASE, CHART.toString(), "--namespace", "pemda"));
        args.addAll(List.of(valuesArgs));
        HelmTools.Result result = tools.helm(args.toArray(String[]::new));
        assertThat(result.exitCode()).as("helm %s%n%s", args, result.output()).isZero();
        return result.stdout();
    }

    private static List<String> kinds(String manifests) {
        return manifests.lines().filter(l -> l.startsWith("kind: ")).map(l -> l.substring(6).trim()).toList();
    }
}
