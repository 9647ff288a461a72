using InterviewBot.DevTools.Clock;
using InterviewBot.DevTools.LocalChat;
using InterviewBot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewBot.DevTools;

/// <summary>
/// Local mode in two calls: <c>builder.AddLocalMode()</c> decides it once (<see cref="LocalMode"/>) and
/// adds what it needs, <c>app.UseLocalMode()</c> puts up its boundary and maps its endpoints. With an
/// app id both add nothing but the decision, so a production host has none of it.
/// </summary>
public static class LocalModeSetup
{
    /// <summary>
    /// Decides local mode (stopping startup, naming the setting, when it would be unsafe) and registers
    /// the decision. In local mode also: the movable <see cref="LocalClock"/> as the application's
    /// <see cref="TimeProvider"/>, the chat page's services, and the Teams channel's service URL rule
    /// (<see cref="ServiceUrlOptions"/>) filled from <see cref="LocalMode.AllowNetwork"/>.
    /// </summary>
    public static TBuilder AddLocalMode<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(s => s.ServiceType == typeof(LocalMode))) return builder;
        var localMode = LocalMode.Decide(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(localMode);
        if (!localMode.IsOn) return builder;

        builder.Services.Configure<ServiceUrlOptions>(options => options.AllowOtherMachines = localMode.AllowNetwork);
        AddLocalClock(builder.Services);
        builder.Services.AddLocalChat();
        return builder;
    }

    /// <summary>
    /// In local mode: the boundary (this machine only, no cross-site writes) in front of every endpoint,
    /// the dev clock (<c>/dev/clock</c>) and the chat page with its connector (<c>/</c>, <c>/local/*</c>).
    /// </summary>
    public static WebApplication UseLocalMode(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var localMode = app.Services.GetService<LocalMode>()
            ?? throw new InvalidOperationException("Call builder.AddLocalMode() before app.UseLocalMode(): local mode is decided there.");
        if (!localMode.IsOn) return app;

        app.UseLocalModeBoundary(localMode);
        app.MapDevClock();
        app.MapLocalChat();
        return app;
    }

    /// <summary>
    /// The local clock becomes the application's <see cref="TimeProvider"/>, which the core, the Teams
    /// channel and Quartz take from the container. It replaces a clock registered before and wins over
    /// the defaults registered after (the core and the channels add <see cref="TimeProvider.System"/>
    /// only when no clock is there), so the order of the Add… calls does not matter;
    /// <see cref="LocalClockCheck"/> stops a host where something overrode it anyway.
    /// </summary>
    private static void AddLocalClock(IServiceCollection services)
    {
        var clock = new LocalClock();
        services.AddSingleton(clock);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
        services.AddHostedService<LocalClockCheck>();
    }
}
