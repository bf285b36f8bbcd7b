/** Web helpers other modules' controllers share: paging parameters and field errors on forms. */
@org.springframework.modulith.NamedInterface("web")
package cn.renda.core.web;
