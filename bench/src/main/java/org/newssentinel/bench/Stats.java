package org.newssentinel.bench;

import java.util.Arrays;
import java.util.Collection;

/** Median and spread of a handful of measurements; what every bench table prints. */
public record Stats(double median, double min, double max, int n) {

    public static Stats of(Collection<? extends Number> values) {
        double[] v = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (v.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new Stats(median, v[0], v[v.length - 1], v.length);
    }

    public static Stats of(double... values) {
        return of(Arrays.stream(values).boxed().toList());
    }

    /** Half the range relative to the median, in percent: a crude but honest spread for n of 5. */
    public double spreadPercent() {
        return median == 0 ? 0 : (max - min) / 2 / median * 100;
    }
}
