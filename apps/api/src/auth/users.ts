import type { EntityManager } from '@mikro-orm/core';
import { badUserInput, notFound } from '../common/errors.js';
import { roles, type Role } from '../common/viewer.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { endSessionsOf } from './sessions.js';
import { User } from './user.entity.js';

/** A user name: letters, digits and `.`, `_`, `-`, `@`, starting with a letter or digit; at most 100. */
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/;

/** The user called `name`, or NOT_FOUND naming the argument. */
export async function userNamed(em: EntityManager, name: string, argumentName = 'name'): Promise<User> {
  const user = await em.findOne(User, { name });
  if (!user) throw notFound(`No user is called "${name}".`, argumentName);
  return user;
}

/** Creates a user; BAD_USER_INPUT for a malformed or taken name, an unknown role or a weak password. */
export async function createUser(
  em: EntityManager,
  input: { name: string; role: string; password?: string | null },
): Promise<User> {
  if (!USER_NAME.test(input.name)) {
    throw badUserInput(
      'A user name is 1 to 100 letters, digits or ".", "_", "-", "@", starting with a letter or digit.',
      'name',
    );
  }
  const role = checkedRole(input.role);
  if (await em.findOne(User, { name: input.name }))
    throw badUserInput(`A user is already called "${input.name}".`, 'name');
  const passwordHash = input.password == null ? null : await newPasswordHash(input.password);
  const user = em.create(User, { name: input.name, role, passwordHash });
  await em.flush();
  return user;
}

/**
 * Changes a user's role, password or whether they are disabled. Disabling (or a new password)
 * ends their sessions at once; their tokens stop working while they are disabled. The last
 * active admin can be neither demoted nor disabled: someone must remain to administer.
 */
export async function updateUser(
  em: EntityManager,
  user: User,
  changes: { role?: string | null; disabled?: boolean | null; password?: string | null },
): Promise<User> {
  const role = changes.role == null ? user.role : checkedRole(changes.role);
  const disabled = changes.disabled ?? !!user.disabledAt;
  if (user.role === 'admin' && !user.disabledAt && (role !== 'admin' || disabled)) {
    const otherAdmins = await em.count(User, { role: 'admin', disabledAt: null, id: { $ne: user.id } });
    if (otherAdmins === 0) {
      throw badUserInput(`${user.name} is the last active admin; make another admin first.`, 'role');
    }
  }
  if (changes.password != null) {
    user.passwordHash = await newPasswordHash(changes.password);
    await endSessionsOf(em, user);
  }
  user.role = role;
  if (disabled && !user.disabledAt) {
    user.disabledAt = new Date();
    await endSessionsOf(em, user);
  } else if (!disabled) user.disabledAt = null;
  await em.flush();
  return user;
}

function checkedRole(role: string): Role {
  const found = roles.find((known) => known === role);
  if (!found) throw badUserInput(`The role must be one of ${roles.join(', ')}; got "${role}".`, 'role');
  return found;
}

async function newPasswordHash(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw badUserInput(problem, 'password');
  return hashPassword(password);
}
