/** Value types and helpers every module may use; depends on no other module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.baku.shared;
