using System.Text.Json;

namespace Cartograph.Reading.Formats;

/// <summary>
/// A Whisper transcript (<c>whisper --output_format json</c>, faster-whisper, whisperX): its <c>segments</c>, one
/// per line of the text so that evidence line N is segment N (a segment that ends mid-sentence is joined to the
/// next, on the line of the first); without segments, its <c>text</c>. A segment's <c>speaker</c>, when
/// diarization gave one, is its speaker label. Any other JSON file is not a transcript and is skipped with a warning.
/// </summary>
internal sealed class WhisperJsonFormat : DocumentFormat
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip };

    public override string Name => "Whisper JSON";

    public override FormatText FromText(string decoded)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(decoded, Options);
        }
        catch (JsonException ex)
        {
            return FormatText.Fail($"not valid JSON: {ex.Message}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("segments", out var segments) && segments.ValueKind == JsonValueKind.Array)
            {
                var text = new AlignedLines();
                int n = 0;
                string? lastSpeaker = null;
                foreach (var segment in segments.EnumerateArray())
                {
                    n++;
                    if (segment.ValueKind != JsonValueKind.Object || !segment.TryGetProperty("text", out var said) || said.ValueKind != JsonValueKind.String) continue;
                    string? speaker = segment.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                    var words = said.GetString()!;
                    text.Add(n, words, newTurn: speaker != lastSpeaker, speaker: speaker is { Length: > 0 } ? speaker : null);
                    lastSpeaker = speaker;
                }
                if (!text.IsEmpty) return FormatText.Of(text.ToString());
            }
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("text", out var whole) && whole.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(whole.GetString()))
                return FormatText.Of(whole.GetString()!.Trim() + "\n");
        }
        return FormatText.NotThisFormat("not a Whisper transcript (a JSON object with \"segments\" or \"text\"); skipped");
    }
}
