package org.alliancegraph.k8s;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The overlays render (kubectl kustomize), every object parses into fabric8's typed model without a field it does not
 * know, and the Deployment matches the application: its probes answer 200 here, its port is the HTTP port, and every
 * environment variable it sets is one the application reads.
 */
@QuarkusTest
class ManifestsTest {

    /** Read by the container image's start script, not by the application. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS_APPEND");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOverlayRendersIntoValidObjectsThatFitTheApplication(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        Set<String> kinds = new TreeSet<>();
        objects.forEach(o -> kinds.add(o.getKind()));
        Set<String> expected = new TreeSet<>(List.of("Cluster", "ConfigMap", "Deployment", "HorizontalPodAutoscaler",
                "NetworkPolicy", "PodDisruptionBudget", "Service"));
        if (overlay.equals("prod")) {
            expected.add("ScheduledBackup");
        }
        assertEquals(expected, kinds);
        for (HasMetadata object : objects) {
            if (!(object instanceof GenericKubernetesResource)) {
                List<String> unknown = new ArrayList<>();
                unknownFields(object, object.getKind(), unknown, new IdentityHashMap<>());
                assertEquals(List.of(), unknown, overlay + ": fields Kubernetes does not know");
            }
        }

        Deployment deployment = only(objects, Deployment.class);
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(8080, container.getPorts().get(0).getContainerPort());
        assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
        assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop());
        for (Probe probe : List.of(container.getStartupProbe(), container.getReadinessProbe(),
                container.getLivenessProbe())) {
            given().when().get(probe.getHttpGet().getPath()).then().statusCode(200);
        }

        Set<String> read = variablesTheApplicationReads();
        Set<String> set = new TreeSet<>(only(objects, ConfigMap.class).getData().keySet());
        container.getEnv().stream().map(EnvVar::getName).forEach(set::add);
        set.removeAll(IMAGE_VARIABLES);
        set.removeAll(read);
        assertEquals(Set.of(), set, overlay + ": variables the application does not read");

        GenericKubernetesResource cluster = objects.stream()
                .filter(o -> o instanceof GenericKubernetesResource && o.getKind().equals("Cluster"))
                .map(GenericKubernetesResource.class::cast).findFirst().orElseThrow();
        Map<String, Object> spec = cluster.get("spec");
        assertEquals(overlay.equals("prod") ? 3 : 1, spec.get("instances"));
        if (overlay.equals("prod")) {
            GenericKubernetesResource backup = objects.stream().filter(o -> o.getKind().equals("ScheduledBackup"))
                    .map(GenericKubernetesResource.class::cast).findFirst().orElseThrow();
            assertEquals(cluster.getMetadata().getName(), backup.get("spec", "cluster", "name"),
                    "the nightly backup is of the application's cluster");
            assertTrue(spec.containsKey("backup"), "the WAL is archived");
        }
    }

    private static List<HasMetadata> render(String overlay) throws IOException, InterruptedException {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", Path.of("k8s", "overlays", overlay).toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "kubectl is not installed");
            throw e;
        }
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, kubectl.waitFor(), yaml);
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---$")) {
            if (!document.isBlank()) {
                objects.add(Serialization.unmarshal(document));
            }
        }
        return objects;
    }

    /** Environment variables the application reads: those its configuration names, and properties it sets. */
    private static Set<String> variablesTheApplicationReads() throws IOException {
        String properties = Files.readString(Path.of("src", "main", "resources", "application.properties"));
        Set<String> read = new TreeSet<>();
        Matcher referenced = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(properties);
        while (referenced.find()) {
            read.add(referenced.group(1));
        }
        Matcher keys = Pattern.compile("(?m)^(?:%[a-z]+\\.)?([a-z][a-z0-9.-]*)=").matcher(properties);
        while (keys.find()) {
            read.add(keys.group(1).toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return read;
    }

    private static <T> T only(List<HasMetadata> objects, Class<T> type) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), type.getSimpleName());
        return found.get(0);
    }

    /** Collects the paths of fields the typed model kept aside as "additional properties": unknown to Kubernetes. */
    private static void unknownFields(Object value, String path, List<String> unknown, Map<Object, Object> seen)
            throws ReflectiveOperationException {
        if (value == null || seen.put(value, value) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), unknown, seen);
            }
            return;
        }
        if (!(value instanceof KubernetesResource)) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getName().equals("getClass")) {
                continue;
            }
            Object field = getter.invoke(value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
                continue;
            }
            unknownFields(field, path + "." + getter.getName().substring(3), unknown, seen);
        }
    }
}
