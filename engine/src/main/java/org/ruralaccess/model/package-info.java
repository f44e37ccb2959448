/**
 * Value types shared by every layer: coordinates, clock times, the user-facing input error. Depends
 * on nothing else in the engine.
 */
package org.ruralaccess.model;
