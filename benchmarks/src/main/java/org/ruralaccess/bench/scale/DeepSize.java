package org.ruralaccess.bench.scale;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bytes of heap an object graph holds, by walking its fields (HotSpot layout with compressed
 * references: 12-byte object headers, 16-byte array headers, 4-byte references, 8-byte alignment).
 * An estimate in the spirit of JOL's {@code GraphLayout}, without its agent; objects already
 * counted by an earlier call on the same instance are not counted again, so components measured one
 * after the other do not share bytes. Needs {@code --add-opens} for the JDK types it enters.
 */
final class DeepSize {

  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Class<?>, List<Field>> fields = new IdentityHashMap<>();

  long of(Object root) {
    long bytes = 0;
    ArrayDeque<Object> stack = new ArrayDeque<>();
    push(stack, root);
    while (!stack.isEmpty()) {
      Object o = stack.pop();
      Class<?> type = o.getClass();
      if (type.isArray()) {
        int length = Array.getLength(o);
        Class<?> element = type.getComponentType();
        bytes += align(16 + (long) length * width(element));
        if (!element.isPrimitive()) {
          for (Object e : (Object[]) o) {
            push(stack, e);
          }
        }
        continue;
      }
      long size = 12;
      for (Field f : fieldsOf(type)) {
        size += width(f.getType());
        if (!f.getType().isPrimitive()) {
          try {
            push(stack, f.get(o));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      bytes += align(size);
    }
    return bytes;
  }

  private void push(ArrayDeque<Object> stack, Object o) {
    if (o == null || o instanceof Class<?> || o instanceof Enum<?> || !seen.add(o)) {
      return;
    }
    stack.push(o);
  }

  private List<Field> fieldsOf(Class<?> type) {
    return fields.computeIfAbsent(
        type,
        t -> {
          List<Field> list = new ArrayList<>();
          for (Class<?> c = t; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
              if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                list.add(f);
              }
            }
          }
          return list;
        });
  }

  private static int width(Class<?> type) {
    if (type == long.class || type == double.class) {
      return 8;
    }
    if (type == int.class || type == float.class || !type.isPrimitive()) {
      return 4;
    }
    if (type == short.class || type == char.class) {
      return 2;
    }
    return 1;
  }

  private static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }
}
