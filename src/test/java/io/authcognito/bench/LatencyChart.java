package io.authcognito.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Latency distributions (percentile against milliseconds, log scale) as a PNG. */
final class LatencyChart {

    private static final Color[] COLORS = {
        new Color(0x1f77b4), new Color(0xaec7e8), new Color(0xd62728), new Color(0xff9896),
        new Color(0x2ca02c), new Color(0x98df8a)
    };
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;
    private static final int LEFT = 80;
    private static final int RIGHT = 300;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private final Map<String, Map<String, Long>> series = new LinkedHashMap<>();

    void add(String name, Load.Result result) {
        series.put(name, result.percentilesMicros());
    }

    void add(String name, Percentiles latency) {
        Map<String, Long> percentiles = new LinkedHashMap<>();
        for (String q : List.of("50", "75", "90", "99", "99.9")) {
            percentiles.put(q, latency.at(Double.parseDouble(q)));
        }
        series.put(name, percentiles);
    }

    void write(Path png, String title) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

        List<String> percentiles = List.of("50", "75", "90", "99", "99.9");
        double min = series.values().stream().flatMap(r -> r.values().stream())
                .mapToLong(Long::longValue).min().orElse(1) / 1000.0;
        double max = series.values().stream().flatMap(r -> r.values().stream())
                .mapToLong(Long::longValue).max().orElse(1000) / 1000.0;
        double low = Math.pow(10, Math.floor(Math.log10(Math.max(min, 0.01))));
        double high = Math.pow(10, Math.ceil(Math.log10(max)));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;

        g.drawRect(LEFT, TOP, plotWidth, plotHeight);
        for (double tick = low; tick <= high * 1.001; tick *= 10) {
            int y = y(tick, low, high, plotHeight);
            g.setColor(Color.LIGHT_GRAY);
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.BLACK);
            g.drawString(tick >= 1 ? String.format("%.0f ms", tick) : String.format("%.2f ms", tick), 10, y + 4);
        }
        for (int i = 0; i < percentiles.size(); i++) {
            g.drawString("p" + percentiles.get(i), x(i, percentiles.size(), plotWidth) - 12, TOP + plotHeight + 20);
        }
        g.drawString("percentile", LEFT + plotWidth / 2 - 30, HEIGHT - 15);

        int index = 0;
        for (Map.Entry<String, Map<String, Long>> entry : series.entrySet()) {
            g.setColor(COLORS[index % COLORS.length]);
            g.setStroke(new BasicStroke(2.5f));
            int previousX = -1;
            int previousY = -1;
            for (int i = 0; i < percentiles.size(); i++) {
                double ms = entry.getValue().get(percentiles.get(i)) / 1000.0;
                int x = x(i, percentiles.size(), plotWidth);
                int y = y(Math.max(ms, low), low, high, plotHeight);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (previousX >= 0) {
                    g.drawLine(previousX, previousY, x, y);
                }
                previousX = x;
                previousY = y;
            }
            int legendY = TOP + 20 + index * 22;
            g.fillRect(WIDTH - RIGHT + 20, legendY - 9, 14, 10);
            g.setColor(Color.BLACK);
            g.drawString(entry.getKey(), WIDTH - RIGHT + 42, legendY);
            index++;
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static int x(int index, int count, int plotWidth) {
        return LEFT + 30 + index * (plotWidth - 60) / (count - 1);
    }

    private static int y(double value, double low, double high, int plotHeight) {
        double fraction = (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
        return TOP + plotHeight - (int) Math.round(fraction * plotHeight);
    }
}
