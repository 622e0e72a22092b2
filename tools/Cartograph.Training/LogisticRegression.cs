namespace Cartograph.Training;

/// <summary>
/// L2-regularised logistic regression by full-batch gradient descent: every step sums the rows in the same order,
/// so the same examples give the same weights on every machine.
/// </summary>
internal static class LogisticRegression
{
    public static float[] Train(IReadOnlyList<(float[] Features, bool Label)> rows, int features, double l2 = 0.01, int steps = 4000, double rate = 0.5)
    {
        var w = new double[features];
        var gradient = new double[features];
        
        // the rarer class weighs as much as the commoner one in all
        double positiveWeight = 1; // the threshold, tuned for F1 afterwards, handles the classes' imbalance
        double total = rows.Sum(r => r.Label ? positiveWeight : 1);
        for (int step = 0; step < steps; step++)
        {
            Array.Clear(gradient);
            foreach (var (x, y) in rows)
            {
                double z = 0;
                for (int i = 0; i < features; i++) z += w[i] * x[i];
                double p = 1 / (1 + Math.Exp(-z));
                double weight = y ? positiveWeight : 1;
                double error = (p - (y ? 1 : 0)) * weight;
                for (int i = 0; i < features; i++) gradient[i] += error * x[i];
            }
            for (int i = 0; i < features; i++)
            {
                double regularise = i == 0 ? 0 : l2 * w[i];
                w[i] -= rate * (gradient[i] / total + regularise);
            }
        }
        return [.. w.Select(v => (float)v)];
    }

    public static double Probability(float[] w, float[] x)
    {
        double z = 0;
        for (int i = 0; i < w.Length; i++) z += (double)w[i] * x[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The threshold (in steps of 0.05) with the best pair F1 on the rows.</summary>
    public static float BestThreshold(float[] w, IReadOnlyList<(float[] Features, bool Label)> rows)
    {
        float best = 0.5f;
        double bestF1 = -1;
        for (int t = 10; t <= 90; t += 5)
        {
            double threshold = t / 100.0;
            int tp = 0, fp = 0, fn = 0;
            foreach (var (x, y) in rows)
            {
                bool yes = Probability(w, x) >= threshold;
                if (yes && y) tp++;
                else if (yes) fp++;
                else if (y) fn++;
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
            if (f1 > bestF1 + 1e-9)
            {
                bestF1 = f1;
                best = (float)threshold;
            }
        }
        return best;
    }
}
