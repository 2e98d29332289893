using System.Buffers.Text;
using System.Security.Cryptography;

namespace EvalWorkflows.Server.Auth;

/// <summary>
/// The one-time link (<c>/setup/{token}</c>) that lets the first admin choose a name and password on a server that
/// has no admin yet. Only the SHA-256 of the token is kept, so nothing read from memory or a dump opens it; it is
/// valid for one hour on the wall clock (a manual workflow clock must not stretch or shorten it) and for one use.
/// A restart issues a new link and forgets the old one.
/// </summary>
public sealed class FirstAdminSetupLink(TimeProvider wallClock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    public const string PathPrefix = "/setup/";

    private readonly Lock _lock = new();
    private byte[]? _hash;
    private DateTimeOffset _expiresAt;

    /// <summary>Forgets any earlier link and returns the new token (to be shown once, in the log).</summary>
    public string Issue()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        lock (_lock)
        {
            _hash = Hash(token);
            _expiresAt = wallClock.GetUtcNow() + Lifetime;
        }
        return token;
    }

    public bool IsValid(string? token)
    {
        lock (_lock) return Matches(token);
    }

    /// <summary>
    /// Uses the link up: true for exactly one caller, even when two forms are posted at once; the caller then
    /// creates the admin, and gives the link back with <see cref="Restore"/> if that fails.
    /// </summary>
    public bool TryConsume(string? token)
    {
        lock (_lock)
        {
            if (!Matches(token)) return false;
            _hash = null;
            return true;
        }
    }

    /// <summary>Makes a consumed token usable again (until its original expiry) after the admin could not be created.</summary>
    public void Restore(string token)
    {
        lock (_lock) _hash ??= Hash(token);
    }

    private bool Matches(string? token) =>
        _hash is not null && !string.IsNullOrEmpty(token) && wallClock.GetUtcNow() < _expiresAt
        && CryptographicOperations.FixedTimeEquals(_hash, Hash(token));

    private static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}
