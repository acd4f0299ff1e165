package org.fieldledger;

import android.Manifest;
import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.os.Build;
import android.os.PowerManager;
import android.provider.Settings;
import android.util.Log;

/**
 * The permission requests Qt 6.4 has no public API for (QPermission arrives in Qt 6.5), called
 * from C++ through QJniObject with QNativeInterface::QAndroidApplication::context(), which is
 * the QtActivity while the app runs. Each request method returns false when it could not ask
 * (no activity, or nothing to ask on this Android version) and true when Android's dialog or
 * settings page was asked for.
 *
 * <p>These only open Android's dialogs; the answer is read afterwards from C++ with
 * QtAndroidPrivate::checkPermission() once the app is active again (the dialog pauses the
 * activity, so Qt reports Qt::ApplicationInactive and then Qt::ApplicationActive). That keeps
 * the result handling in one place, on the C++ side, without a callback from Java.
 *
 * <p>Why not QtAndroidPrivate::requestPermission() for location: it asks for one permission per
 * call, and from Android 12 an app that targets API 31+ must ask for fine and coarse location in
 * the same request, or Android ignores the request (the user may then still choose
 * approximate). Background location must be asked for on its own, after foreground location is
 * granted (Android 11+ sends the user to the settings page for it).
 */
public final class AndroidPermissions
{
    private static final String TAG = "FieldLedger";

    // Request codes of our own, far from the small increasing codes Qt uses for its own
    // requests. Qt looks the result of a request up among its own pending requests by code, so
    // results for these find none and go nowhere (not yet seen on a device); that is fine, the
    // C++ side re-checks when the app is active again.
    private static final int REQUEST_LOCATION = 0x4c31;
    private static final int REQUEST_BACKGROUND_LOCATION = 0x4c32;
    private static final int REQUEST_NOTIFICATIONS = 0x4c33;

    private AndroidPermissions() {}

    /** Asks for precise and approximate location together (the patrol and evidence positions). */
    public static boolean requestLocation(Context context)
    {
        if (Build.VERSION.SDK_INT < 23 || !(context instanceof Activity))
            return false; // granted at install before Android 6; no dialog without an activity
        final String[] permissions = { Manifest.permission.ACCESS_FINE_LOCATION,
                                       Manifest.permission.ACCESS_COARSE_LOCATION };
        ((Activity) context).requestPermissions(permissions, REQUEST_LOCATION);
        return true;
    }

    /**
     * Asks for "Allow all the time" (Android 10+), only after requestLocation() was granted and
     * after the app showed its own explanation (R.string.rationale_background_location).
     * Optional: a patrol started from the screen records with the screen off through
     * PatrolRecordingService without it.
     */
    public static boolean requestBackgroundLocation(Context context)
    {
        // Before Android 10 foreground location covers the background too.
        if (Build.VERSION.SDK_INT < 29 || !(context instanceof Activity))
            return false;
        ((Activity) context).requestPermissions(
            new String[] { "android.permission.ACCESS_BACKGROUND_LOCATION" },
            REQUEST_BACKGROUND_LOCATION);
        return true;
    }

    /** Asks to show notifications (Android 13+), so the recording notification is visible. */
    public static boolean requestNotifications(Context context)
    {
        // Notifications need no permission before Android 13.
        if (Build.VERSION.SDK_INT < 33 || !(context instanceof Activity))
            return false;
        ((Activity) context).requestPermissions(
            new String[] { "android.permission.POST_NOTIFICATIONS" }, REQUEST_NOTIFICATIONS);
        return true;
    }

    /** Whether Android's battery optimisation leaves the app alone (multi-day patrols). */
    public static boolean isIgnoringBatteryOptimizations(Context context)
    {
        if (Build.VERSION.SDK_INT < 23)
            return true;
        final PowerManager power = context.getSystemService(PowerManager.class);
        return power != null && power.isIgnoringBatteryOptimizations(context.getPackageName());
    }

    /**
     * Opens the system list where the user can exempt FieldLedger from battery optimisation.
     * This screen needs no permission; asking directly for the exemption
     * (REQUEST_IGNORE_BATTERY_OPTIMIZATIONS) is deliberately not used, see docs/mobile.md.
     * Phone makers' own power managers (Huawei, Honor, Xiaomi, OPPO, vivo) have further
     * settings of their own that no API reaches; docs/mobile.md lists them for the users.
     *
     * @return whether the settings screen was opened
     */
    public static boolean openBatteryOptimizationSettings(Context context)
    {
        if (Build.VERSION.SDK_INT < 23)
            return false;
        final Intent intent = new Intent(Settings.ACTION_IGNORE_BATTERY_OPTIMIZATION_SETTINGS);
        if (!(context instanceof Activity))
            intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK);
        try {
            context.startActivity(intent);
            return true;
        } catch (RuntimeException e) { // ActivityNotFoundException on some trimmed-down systems
            Log.w(TAG, "battery optimisation settings not available: " + e);
            return false;
        }
    }
}
