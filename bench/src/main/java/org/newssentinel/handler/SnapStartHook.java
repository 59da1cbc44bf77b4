package org.newssentinel.handler;

/**
 * Lets the cold-start bench run the SnapStart hook that the Lambda handler's constructor
 * registered, as the runtime would just before taking the snapshot. It lives in the handler's
 * package because the hook is package-private there, and off Lambda org.crac's global context
 * refuses to be driven from outside.
 */
public final class SnapStartHook {

    private SnapStartHook() {
    }

    /** Runs the registered hook's before-checkpoint and after-restore steps; false when none is registered. */
    public static boolean runRegistered() {
        SnapStartPriming hook = SnapStartPriming.registered();
        if (hook == null) {
            return false;
        }
        hook.beforeCheckpoint(null);
        hook.afterRestore(null);
        return true;
    }
}
