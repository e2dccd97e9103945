package io.authcognito.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Where a login's time goes, mean milliseconds per part, as stacked bars in a PNG. */
final class TimeSplitChart {

    private static final String[] PARTS = {"Cognito (as the proxy saw it)", "database (connections in use)", "ours (Liberty, the product, the SDK)"};
    private static final Color[] COLORS = {new Color(0xaec7e8), new Color(0xffbb78), new Color(0xd62728)};
    private static final int WIDTH = 900;
    private static final int LEFT = 300;
    private static final int RIGHT = 40;
    private static final int BAR = 34;

    private record Bar(String name, double[] millis) {
    }

    private final List<Bar> bars = new ArrayList<>();

    void add(String name, double cognitoMillis, double databaseMillis, double oursMillis) {
        bars.add(new Bar(name, new double[] {cognitoMillis, databaseMillis, oursMillis}));
    }

    void write(Path file, String title) throws IOException {
        int height = 110 + bars.size() * (BAR + 26);
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, 20, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int part = 0; part < PARTS.length; part++) {
            g.setColor(COLORS[part]);
            g.fillRect(20 + part * 290, 42, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(PARTS[part], 40 + part * 290, 54);
        }
        double widest = bars.stream().mapToDouble(bar -> bar.millis()[0] + bar.millis()[1] + bar.millis()[2]).max().orElse(1);
        double scale = (WIDTH - LEFT - RIGHT) / widest;
        int y = 80;
        for (Bar bar : bars) {
            g.setColor(Color.BLACK);
            g.drawString(bar.name(), 20, y + BAR / 2 + 4);
            int x = LEFT;
            for (int part = 0; part < PARTS.length; part++) {
                int width = (int) Math.round(bar.millis()[part] * scale);
                g.setColor(COLORS[part]);
                g.fillRect(x, y, width, BAR);
                x += width;
            }
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "Cognito %.1f ms, database %.1f ms, ours %.1f ms",
                    bar.millis()[0], bar.millis()[1], bar.millis()[2]), LEFT, y + BAR + 14);
            y += BAR + 26;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
