package org.fieldledger;

import android.Manifest;
import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.app.Service;
import android.content.Context;
import android.content.Intent;
import android.content.pm.PackageManager;
import android.content.pm.ServiceInfo;
import android.os.Build;
import android.os.IBinder;
import android.os.PowerManager;
import android.util.Log;

/**
 * Keeps FieldLedger's process in the foreground while a patrol track is being recorded.
 *
 * <p>Why it exists: from Android 8 an app that is not visible gets location only a few times an
 * hour, and Android may kill its process at any time to reclaim memory. A river chief walks for
 * hours with the phone locked in a pocket; without a foreground service the track would stop a
 * minute after the screen goes off. A foreground service of type "location" with its ongoing
 * notification is Android's sanctioned way to keep receiving GNSS fixes with the screen off.
 *
 * <p>What it does not do: it does not read positions itself. Fixes keep flowing through Qt
 * Positioning into the app's C++ (PositionFeed, the store's track filter) in this same process;
 * this service only keeps that process alive and awake. That is also why it is not sticky: if
 * Android kills the process anyway, a restarted service would record nothing, so it stays
 * stopped and the app offers to continue the open patrol on its next start (the track so far is
 * already in the store).
 *
 * <p>The C++ side calls, through QJniObject, when a patrol starts and when it ends or is
 * abandoned:
 *
 * <pre>
 *   QJniObject::callStaticMethod&lt;jboolean&gt;("org/fieldledger/PatrolRecordingService", "start",
 *       "(Landroid/content/Context;)Z", QNativeInterface::QAndroidApplication::context());
 *   QJniObject::callStaticMethod&lt;void&gt;("org/fieldledger/PatrolRecordingService", "stop",
 *       "(Landroid/content/Context;)V", QNativeInterface::QAndroidApplication::context());
 * </pre>
 *
 * <p>Needs, in the manifest: the service with android:foregroundServiceType="location", and the
 * FOREGROUND_SERVICE, FOREGROUND_SERVICE_LOCATION, WAKE_LOCK and (Android 13+) POST_NOTIFICATIONS
 * permissions. Compiles against Android API 31 or newer; runs on API 23 (Qt 6.4's minimum).
 */
public class PatrolRecordingService extends Service
{
    private static final String TAG = "FieldLedger";
    private static final String CHANNEL_ID = "patrol_recording";
    private static final int NOTIFICATION_ID = 1001;
    private static final String WAKE_LOCK_TAG = "FieldLedger:patrol";

    private PowerManager.WakeLock m_wakeLock;

    /**
     * Starts the service (and with it the ongoing notification) for a patrol being recorded.
     * Call it while the app is on screen, right after the user starts the patrol: Android 12+
     * refuses to start a foreground service from the background, and Android 14+ refuses a
     * location one unless the location permission is granted. Calling it again while it runs
     * is harmless.
     *
     * @return whether the service was asked to start; false means no location permission, or
     *     Android refused (the reason is in the log), and the app should tell the user that the
     *     track may stop while the screen is off.
     */
    public static boolean start(Context context)
    {
        if (!hasLocationPermission(context)) {
            Log.w(TAG, "patrol recording service not started: no location permission");
            return false;
        }
        final Intent intent = new Intent(context, PatrolRecordingService.class);
        try {
            if (Build.VERSION.SDK_INT >= 26)
                context.startForegroundService(intent);
            else
                context.startService(intent);
            return true;
        } catch (IllegalStateException | SecurityException e) {
            // IllegalStateException includes Android 12's
            // ForegroundServiceStartNotAllowedException (the app was not in the foreground).
            Log.w(TAG, "patrol recording service not started: " + e);
            return false;
        }
    }

    /** Stops the service and removes its notification; harmless if it is not running. */
    public static void stop(Context context)
    {
        context.stopService(new Intent(context, PatrolRecordingService.class));
    }

    @Override
    public IBinder onBind(Intent intent)
    {
        return null; // started, never bound
    }

    @Override
    public int onStartCommand(Intent intent, int flags, int startId)
    {
        // startForeground must follow startForegroundService within a few seconds, or Android
        // stops the app with an error; it is the first thing done here.
        try {
            final Notification notification = buildNotification();
            if (Build.VERSION.SDK_INT >= 29) {
                startForeground(NOTIFICATION_ID, notification,
                                ServiceInfo.FOREGROUND_SERVICE_TYPE_LOCATION);
            } else {
                startForeground(NOTIFICATION_ID, notification);
            }
        } catch (RuntimeException e) {
            // SecurityException: the location permission was withdrawn between start() and now
            // (Android 14+ checks it here). Recording continues only while the app is visible.
            Log.w(TAG, "patrol recording service could not go to the foreground: " + e);
            stopSelf();
            return START_NOT_STICKY;
        }
        acquireWakeLock();
        return START_NOT_STICKY;
    }

    @Override
    public void onDestroy()
    {
        releaseWakeLock();
        super.onDestroy();
    }

    private static boolean hasLocationPermission(Context context)
    {
        if (Build.VERSION.SDK_INT < 23)
            return true; // granted at install time
        return context.checkSelfPermission(Manifest.permission.ACCESS_FINE_LOCATION)
                == PackageManager.PERMISSION_GRANTED
            || context.checkSelfPermission(Manifest.permission.ACCESS_COARSE_LOCATION)
                == PackageManager.PERMISSION_GRANTED;
    }

    @SuppressWarnings("deprecation") // Notification.Builder(Context) for Android 6 and 7
    private Notification buildNotification()
    {
        final Notification.Builder builder;
        if (Build.VERSION.SDK_INT >= 26) {
            // Low importance: visible in the shade and the status bar, no sound or vibration on
            // every start. Creating an existing channel again only updates its texts (e.g. after
            // the phone's language changed).
            final NotificationChannel channel =
                new NotificationChannel(CHANNEL_ID, getString(R.string.patrol_channel_name),
                                        NotificationManager.IMPORTANCE_LOW);
            channel.setDescription(getString(R.string.patrol_channel_description));
            channel.setShowBadge(false);
            final NotificationManager manager = getSystemService(NotificationManager.class);
            if (manager != null)
                manager.createNotificationChannel(channel);
            builder = new Notification.Builder(this, CHANNEL_ID);
        } else {
            builder = new Notification.Builder(this);
        }
        builder.setContentTitle(getString(R.string.patrol_notification_title))
            .setContentText(getString(R.string.patrol_notification_text))
            .setStyle(new Notification.BigTextStyle()
                          .bigText(getString(R.string.patrol_notification_text)))
            // A framework icon until the app has its own monochrome notification icon.
            .setSmallIcon(android.R.drawable.ic_menu_mylocation)
            .setCategory(Notification.CATEGORY_SERVICE)
            .setOngoing(true)
            .setOnlyAlertOnce(true)
            .setShowWhen(true)
            .setUsesChronometer(true); // the notification shows how long the recording has run
        final PendingIntent open = openAppIntent();
        if (open != null)
            builder.setContentIntent(open);
        if (Build.VERSION.SDK_INT >= 31) {
            // Show it at once: Android 12+ may otherwise delay a new foreground service's
            // notification by up to ten seconds, and the chief should see recording has begun.
            builder.setForegroundServiceBehavior(Notification.FOREGROUND_SERVICE_IMMEDIATE);
        }
        return builder.build();
    }

    // Tapping the notification brings the running app back (QtActivity is singleTop).
    private PendingIntent openAppIntent()
    {
        final Intent launch = getPackageManager().getLaunchIntentForPackage(getPackageName());
        if (launch == null)
            return null;
        launch.addFlags(Intent.FLAG_ACTIVITY_SINGLE_TOP);
        return PendingIntent.getActivity(this, 0, launch,
                                         PendingIntent.FLAG_IMMUTABLE
                                             | PendingIntent.FLAG_UPDATE_CURRENT);
    }

    // A partial wake lock keeps the CPU running (the screen may stay off) for as long as the
    // service runs. Without it the phone may doze between two fixes while Qt is still passing
    // a fix from Android's location thread to the app's thread or writing it to the store,
    // and fixes arrive late or in bursts. It costs little beside the GNSS receiver itself, and
    // it ends with the service: no timeout, because a patrol may last a day or more, and
    // onDestroy always releases it.
    private void acquireWakeLock()
    {
        if (m_wakeLock != null && m_wakeLock.isHeld())
            return;
        final PowerManager power = getSystemService(PowerManager.class);
        if (power == null)
            return;
        m_wakeLock = power.newWakeLock(PowerManager.PARTIAL_WAKE_LOCK, WAKE_LOCK_TAG);
        m_wakeLock.setReferenceCounted(false);
        m_wakeLock.acquire();
    }

    private void releaseWakeLock()
    {
        if (m_wakeLock != null && m_wakeLock.isHeld())
            m_wakeLock.release();
        m_wakeLock = null;
    }
}
