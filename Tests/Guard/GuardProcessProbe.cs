namespace RuleSandbox.Tests.Guard;

/// <summary>Looks at processes through /proc, as the tests' "nothing left behind" checks require.</summary>
internal static class GuardProcessProbe
{
    public static bool IsAlive(int pid)
    {
        string stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        try
        {
            // A zombie (state Z) has exited; only its parent's bookkeeping remains.
            string text = File.ReadAllText(stat);
            int close = text.LastIndexOf(')');
            return close > 0 && close + 2 < text.Length && text[close + 2] != 'Z';
        }
        catch (IOException) { return false; }
    }

    /// <summary>Pids of running processes whose command line mentions the guard program.</summary>
    public static List<int> GuardPids()
    {
        var pids = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out int pid)) continue;
            try
            {
                string cmd = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (cmd.Contains("RuleSandbox.Guard.dll", StringComparison.Ordinal) && IsAlive(pid)) pids.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return pids;
    }

    public static void WaitUntilGone(IEnumerable<int> pids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var left = pids.ToList();
        while (DateTime.UtcNow < deadline)
        {
            left = left.Where(IsAlive).ToList();
            if (left.Count == 0) return;
            Thread.Sleep(50);
        }
        Assert.Fail($"guard processes still running after {timeout.TotalSeconds} s: {string.Join(", ", left)}");
    }

    public static void Signal(int pid, string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", new[] { "-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        kill.WaitForExit();
    }
}
