package org.leoprotocol.shared.web;

import java.util.List;

/**
 * A module's part of a staff member's home page: what needs that person now, from this module, with links to act.
 * <p>
 * Why a contributor interface here rather than a {@code home} module that reads every other module: the home page is
 * served by {@code access}, which every module already depends on, so {@code access} cannot depend on them back without
 * a cycle. Instead each module implements this interface in a package-private bean that reads its own facades, which
 * already enforce need to know and conflicts of interest and audit their reads, and the home page asks every
 * contributor through this one type. No module learns of another, and a new module adds its panel by adding a bean.
 */
public interface HomeContributor {

	/**
	 * The panels this module has for the reader, or none when none of the reader's roles concerns it. Each panel names
	 * the role it serves, so a person with several roles sees each of their panels under its role.
	 */
	List<HomePanel> panels(HomeReader reader);
}
