namespace RuleSandbox.Cli;

/// <summary>A one-line progress bar, drawn only when the output is a terminal.</summary>
internal sealed class ProgressBar
{
    private readonly TextWriter _out;
    private readonly int _total;
    private readonly bool _enabled;
    private int _lastDrawn = -1;

    public ProgressBar(TextWriter output, int total, bool enabled)
    {
        _out = output;
        _total = Math.Max(1, total);
        _enabled = enabled;
    }

    public void Update(int done)
    {
        if (!_enabled) return;
        int percent = (int)(100L * done / _total);
        if (percent == _lastDrawn && done != _total) return;
        _lastDrawn = percent;
        const int width = 40;
        int filled = width * percent / 100;
        _out.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{_total} {percent,3}%");
    }

    public void Finish()
    {
        if (_enabled) _out.Write("\r" + new string(' ', 70) + "\r");
    }
}
