package dev.mynumber.sim.persona;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the built-in personas' card-face text images into the resource folder, so that the simulator needs
 * no Japanese font at run time.
 *
 * <p>Run after changing a built-in persona's name, address, security code or My Number, on a machine with
 * IPAGothic ({@code fonts-ipafont-gothic}):
 * {@code java -cp card-sim/target/card-sim.jar dev.mynumber.sim.persona.RenderBuiltInImages
 * card-sim/src/main/resources/dev/mynumber/sim/persona/images}. A test fails while a built-in image is missing.
 */
public final class RenderBuiltInImages {
    private RenderBuiltInImages() {
    }

    /**
     * Writes the images.
     *
     * @param args the target folder
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RenderBuiltInImages TARGET_FOLDER");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (Persona persona : Personas.builtIn()) {
            for (var image : CardImages.of(persona).entrySet()) {
                Files.write(folder.resolve(image.getValue().fileName(image.getKey())),
                        image.getValue().render(image.getKey()));
            }
        }
    }
}
